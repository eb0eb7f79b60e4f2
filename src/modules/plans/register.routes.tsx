// The register of outgoing documents (staff).
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { vnDay } from '../../platform/i18n';
import { formString, type FormValues } from '../../platform/input/form-values';
import type { FieldErrors } from '../../platform/errors';
import { REGISTER_PATH } from './permissions';
import { listPlanAgencies } from './services/agencies';
import { issueDocumentNumber, readRegister } from './services/document-register';
import { RegisterPage } from './ui/register-page';

const ISSUE = policies.backOffice('plans.register:issue');

async function showRegister(
  c: Context<AppEnv>,
  year: number,
  extra: { values?: FormValues; errors?: FieldErrors } = {},
  status: 200 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const symbol = c.req.query('issued');
  const notice = symbol
    ? { kind: 'success' as const, text: ctx.t('plans.register.issued', { symbol }) }
    : undefined;
  return c.html(
    <RegisterPage
      ctx={ctx}
      year={year}
      entries={await readRegister(ctx.deps, ctx, { year })}
      agencies={await listPlanAgencies(ctx.deps.database.db)}
      notice={notice}
      {...extra}
    />,
    status,
  );
}

export function registerRegisterRoutes(router: Router) {
  router.page('GET', REGISTER_PATH, ISSUE, (c) => {
    const asked = Number(c.req.query('year'));
    const thisYear = Number(vnDay(c.get('ctx').deps.clock()).slice(0, 4));
    const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
    return showRegister(c, year);
  });
  router.page('POST', REGISTER_PATH, ISSUE, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const values = {
      issuer: formString(body, 'issuer'),
      docType: formString(body, 'docType'),
      title: formString(body, 'title'),
      issuedOn: formString(body, 'issuedOn'),
    };
    const result = await issueDocumentNumber(ctx.deps, ctx, values);
    if (result.ok)
      return c.redirect(
        `${REGISTER_PATH}?year=${result.entry.year}&issued=${encodeURIComponent(result.entry.symbol)}`,
        303,
      );
    const thisYear = Number(vnDay(ctx.deps.clock()).slice(0, 4));
    return showRegister(c, thisYear, { values, errors: result.fields }, 422);
  });
}
