// Personal-data rights: the account holder's copy, erasure request and consents; staff's list of
// requests with their deadlines, and carrying out or refusing them.
import { z } from 'zod';
import { policies } from '../../platform/authz';
import { routeParam } from '../../platform/http/form-reader';
import { parseForm } from '../../platform/http/forms';
import type { Router } from '../../platform/http/router';
import { STORED_FILE_CSP } from '../../platform/files/files.module';
import { eraseAccount, refuseDataRequest, requestErasure } from './services/account-erasure';
import { withdrawConsent } from './services/consent-withdrawal';
import { openDataExport, requestDataExport } from './services/data-export';
import {
  findDataRequests,
  keptAfterErasure,
  myPersonalData,
} from './services/data-requests.queries';
import { doneNotice } from './ui/account-notices';
import { DATA_REQUESTS_PATH, DataRequestsPage } from './ui/data-requests-pages';
import { ErasurePage, PersonalDataPage } from './ui/personal-data-pages';
import { MAX_PASSWORD_LENGTH } from './services/password-policy';

const ZErasureForm = z.object({
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  confirm: z.literal('yes', { message: 'identity.data.erase.mustConfirm' }),
});
const ZRefuseForm = z.object({ reason: z.string().trim().min(1).max(500) });
const MANAGE = policies.backOffice('identity.dataRequest:manage');

function registerOwnRoutes(router: Router) {
  router.page('GET', '/account/data', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const notice = doneNotice(ctx.t, c.req.query('done'), {
      exportRequested: 'identity.data.export.requested',
      exportAlready: 'identity.data.export.already',
      erasureRequested: 'identity.data.erase.requested',
      erasureAlready: 'identity.data.erase.already',
    });
    const { requests } = await myPersonalData(ctx.deps, ctx);
    return c.html(<PersonalDataPage ctx={ctx} requests={requests} notice={notice} />);
  });
  router.page('POST', '/account/data/export', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const result = await requestDataExport(ctx.deps, ctx);
    return c.redirect(`/account/data?done=${result.ok ? 'exportRequested' : 'exportAlready'}`, 303);
  });
  router.page('GET', '/account/data/download/:token', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const bytes = await openDataExport(ctx.deps, ctx, { token: routeParam(c, 'token') });
    c.header('Content-Type', 'application/zip');
    c.header('Content-Disposition', 'attachment; filename="innohub-personal-data.zip"');
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', STORED_FILE_CSP);
    return c.body(bytes);
  });
  router.page('GET', '/account/data/delete', policies.session, (c) =>
    c.html(<ErasurePage ctx={c.get('ctx')} kept={keptAfterErasure()} />),
  );
  router.page('POST', '/account/data/delete', policies.session, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZErasureForm);
    const page = (status: 422 | 429, errors?: Parameters<typeof ErasurePage>[0]['errors']) =>
      c.html(<ErasurePage ctx={ctx} kept={keptAfterErasure()} errors={errors} />, status);
    if (!form.ok) return page(422, form.errors);
    const result = await requestErasure(ctx.deps, ctx, form.data);
    if (result.ok) return c.redirect('/account/data?done=erasureRequested', 303);
    if (result.reason === 'ALREADY') return c.redirect('/account/data?done=erasureAlready', 303);
    if (result.reason === 'RATE_LIMITED') {
      return c.html(
        <ErasurePage
          ctx={ctx}
          kept={keptAfterErasure()}
          notice={{ kind: 'error', text: ctx.t('identity.data.tooMany') }}
        />,
        429,
      );
    }
    return page(422, { password: { key: 'identity.data.erase.wrongPassword' } });
  });
  router.page('POST', '/account/consents/:id/withdraw', policies.session, async (c) => {
    const ctx = c.get('ctx');
    await withdrawConsent(ctx.deps, ctx, { consentId: routeParam(c, 'id') });
    return c.redirect('/account?done=consentWithdrawn', 303);
  });
}

function registerStaffRoutes(router: Router) {
  router.page('GET', DATA_REQUESTS_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const isOpen = c.req.query('show') !== 'all';
    const notice = doneNotice(ctx.t, c.req.query('done'), {
      refused: 'identity.dataRequests.refused',
    });
    const erased = c.req.query('erased');
    const rows = await findDataRequests(ctx.deps, ctx, { isOpen });
    return c.html(
      <DataRequestsPage
        ctx={ctx}
        rows={rows}
        isOpen={isOpen}
        notice={
          erased && /^Ẩn danh [0-9A-F]{8}$/.test(erased)
            ? {
                kind: 'success',
                text: ctx.t('identity.dataRequests.erased', { pseudonym: erased }),
              }
            : notice
        }
      />,
    );
  });
  router.page('POST', `${DATA_REQUESTS_PATH}/:id/erase`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const { pseudonym } = await eraseAccount(ctx.deps, ctx, { requestId: routeParam(c, 'id') });
    return c.redirect(`${DATA_REQUESTS_PATH}?erased=${encodeURIComponent(pseudonym)}`, 303);
  });
  router.page('POST', `${DATA_REQUESTS_PATH}/:id/refuse`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const form = await parseForm(c, ZRefuseForm);
    if (!form.ok) {
      const rows = await findDataRequests(ctx.deps, ctx, { isOpen: true });
      const errors = { reason: { key: 'identity.dataRequests.reasonRequired' as const } };
      return c.html(<DataRequestsPage ctx={ctx} rows={rows} isOpen errors={errors} />, 422);
    }
    await refuseDataRequest(ctx.deps, ctx, { requestId: routeParam(c, 'id'), ...form.data });
    return c.redirect(`${DATA_REQUESTS_PATH}?done=refused`, 303);
  });
}

export function registerPersonalDataRoutes(router: Router) {
  registerOwnRoutes(router);
  registerStaffRoutes(router);
}
