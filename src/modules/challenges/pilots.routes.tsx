// Pilots and living labs: the centre records a pilot agreement for a challenge's solver; both
// sides report at each check-in on the pilot's page; everyone reads the living-lab register and
// the centre adds to it. After a change the page is loaded again (303) with `?done=`.
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { lastSegment, type FormValues } from '../../platform/input/form-values';
import { renameFields } from '../../platform/input/validation';
import { organizationFactsBySlug } from '../directory';
import { canManagePilots } from './permissions';
import { createLivingLab, livingLabRegister } from './services/living-labs';
import { reportCheckIn } from './services/pilot-check-in';
import {
  pilotControl,
  readCheckInForm,
  readLivingLabForm,
  readPilotForm,
} from './services/pilot-form';
import { getPilotPage, pilotFormOf } from './services/pilots.queries';
import { showcase } from './services/showcase';
import { startPilot } from './services/start-pilot';
import { LabsPage } from './ui/labs-page';
import { PilotFormPage, pilotFormPath } from './ui/pilot-form-page';
import type { PilotForm } from './ui/pilot-ending';
import { PilotPage } from './ui/pilot-page';
import { LABS_PATH, pilotPath, SHOWCASE_PATH } from './ui/paths';
import { ShowcasePage } from './ui/showcase-page';

const MANAGE = policies.backOffice('challenges.pilot:manage');
export const PILOT = pilotPath({ id: ':id' });
const DONE = ['signed', 'reported', 'labAdded', 'evaluated', 'outcome', 'followedUp'] as const;

const noticeOf = (c: Context<AppEnv>) => {
  const done = c.req.query('done') as (typeof DONE)[number] | undefined;
  return done && DONE.includes(done)
    ? { kind: 'success' as const, text: c.get('ctx').t(`challenges.done.${done}`) }
    : undefined;
};

const pilotFormData = (c: Context<AppEnv>) => pilotFormOf(c.get('ctx').deps, routeParam(c, 'slug'));

export async function showPilot(
  c: Context<AppEnv>,
  form?: PilotForm,
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const data = await getPilotPage(ctx.deps, ctx, routeParam(c, 'id'));
  return c.html(<PilotPage ctx={ctx} data={data} notice={noticeOf(c)} form={form} />, status);
}

async function showLabs(c: Context<AppEnv>, form?: { values: FormValues; errors: FieldErrors }) {
  const ctx = c.get('ctx');
  const q = (c.req.query('q') ?? '').slice(0, 200);
  const register = await livingLabRegister(ctx.deps, q);
  const data = { ...register, q, canAdd: canManagePilots(ctx.actor) };
  return c.html(
    <LabsPage
      ctx={ctx}
      data={data}
      notice={noticeOf(c)}
      values={form?.values}
      errors={form?.errors}
    />,
    form ? 422 : 200,
  );
}

export function registerPilotRoutes(router: Router) {
  router.page('GET', SHOWCASE_PATH, policies.public, async (c) => {
    const ctx = c.get('ctx');
    return c.html(<ShowcasePage ctx={ctx} entries={await showcase(ctx.deps)} />);
  });
  router.page('GET', LABS_PATH, policies.public, (c) => showLabs(c));
  router.page('POST', LABS_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const { input, values, typedErrors } = readLivingLabForm(await readBody(c));
    const hostSlug = lastSegment(values.hostOrganization ?? '');
    const host = hostSlug
      ? await organizationFactsBySlug(ctx.deps.database.db, hostSlug)
      : undefined;
    if (hostSlug && !host?.isLive)
      typedErrors.hostOrganization = { key: 'challenges.error.hostUnknown' };
    if (Object.keys(typedErrors).length > 0) return showLabs(c, { values, errors: typedErrors });
    const result = await createLivingLab(ctx.deps, ctx, {
      ...input,
      hostOrganizationId: host?.id ?? null,
    });
    if (!result.ok) return showLabs(c, { values, errors: result.fields });
    return c.redirect(`${LABS_PATH}?done=labAdded#lab-${result.lab.id}`, 303);
  });

  router.page('GET', pilotFormPath({ slug: ':slug' }), MANAGE, async (c) => {
    const ctx = c.get('ctx');
    return c.html(<PilotFormPage ctx={ctx} data={await pilotFormData(c)} />);
  });
  router.page('POST', pilotFormPath({ slug: ':slug' }), MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const data = await pilotFormData(c);
    const { input, values, typedErrors } = readPilotForm(await readBody(c), data.challenge.id);
    const refuse = (errors: FieldErrors) =>
      c.html(<PilotFormPage ctx={ctx} data={data} values={values} errors={errors} />, 422);
    if (Object.keys(typedErrors).length > 0) return refuse(typedErrors);
    const result = await startPilot(ctx.deps, ctx, input);
    if (result.ok || result.reason === 'ALREADY_STARTED') {
      return c.redirect(`${pilotPath(result.pilot)}?done=signed`, 303);
    }
    const fields = renameFields(result.fields, (p) =>
      p === 'startsAt' ? 'startsOn' : p === 'endsAt' ? 'lastDay' : pilotControl(p),
    );
    return refuse(fields);
  });

  router.page('GET', PILOT, policies.session, (c) => showPilot(c));
  router.page('POST', `${PILOT}/check-ins`, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const { pilot } = await getPilotPage(ctx.deps, ctx, routeParam(c, 'id'));
    const { input, values, typedErrors } = readCheckInForm(
      await readBody(c),
      pilot.id,
      pilot.indicators.length,
    );
    if (Object.keys(typedErrors).length > 0) {
      return showPilot(c, { kind: 'check-in', side: input.side, values, errors: typedErrors }, 422);
    }
    const result = await reportCheckIn(ctx.deps, ctx, input);
    if (result.ok) return c.redirect(`${pilotPath(pilot)}?done=reported#check-ins-title`, 303);
    if (result.reason === 'INVALID') {
      const errors = renameFields(result.fields, pilotControl);
      return showPilot(c, { kind: 'check-in', side: input.side, values, errors }, 422);
    }
    const errors = { _: { key: `challenges.error.checkIn.${result.reason}` as const } };
    return showPilot(c, { kind: 'check-in', side: input.side, values, errors }, 409);
  });
}
