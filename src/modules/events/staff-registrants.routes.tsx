// The back-office's registrants of an event, a page at a time (approve / reject those awaiting
// approval; give a waitlisted one a seat by hand, adding the seat when full; the whole list as XLSX) — staff and the members of the event's organisers — and its
// registration questions (the programmes' form builder, staff only). After a change the page is
// loaded again (303) with `?done=` naming what happened.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import type { MessageKey } from '../../platform/i18n';
import { contentDisposition } from '../../platform/http/download';
import { readBody, routeParam } from '../../platform/http/form-reader';
import { ZPage } from '../../platform/input/paging';
import type { Router } from '../../platform/http/router';
import { formString, formVersion } from '../../platform/input/form-values';
import type { PageNotice } from '../../platform/ui/notice';
import { applyBuilderOp, draftOf, readDraft, type FormDraft } from '../programs';
import { STAFF_PATH } from './permissions';
import { DECISIONS, decideRegistration } from './services/decide-registration';
import { getEventForStaff } from './services/events.queries';
import { findEventRegistrants } from './services/registrants.queries';
import { promoteRegistration } from './services/promote-registration';
import { exportRegistrants } from './services/registrants-export';
import { saveRegistrationQuestions } from './services/registration-questions';
import { QuestionsPage, questionsPath } from './ui/staff-questions';
import { RegistrantsPage, registrantsPath } from './ui/staff-registrants';

const MANAGE = policies.backOffice('events.event:manage');

const ZListQuery = z.object({
  status: z.enum(['pending']).optional().catch(undefined),
});
/** Staff, and the members of the event's organisers: the services answer 404 to anyone else. */
const ORGANIZERS = policies.session;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const DONE = {
  approve: 'events.registrants.approved',
  reject: 'events.registrants.rejected',
  promote: 'events.registrants.promoted',
} as const satisfies Record<(typeof DECISIONS)[number] | 'promote', MessageKey>;
const ZDone = z.enum([...DECISIONS, 'promote']);

async function showRegistrants(c: Context<AppEnv>, notice?: PageNotice, status: 200 | 409 = 200) {
  const ctx = c.get('ctx');
  const query = ZListQuery.parse(c.req.query());
  const list = await findEventRegistrants(ctx.deps, ctx, {
    eventId: routeParam(c, 'id'),
    status: query.status,
    // A mistyped page shows the first.
    page: ZPage.safeParse(c.req.query('page')).data,
  });
  const done = ZDone.safeParse(c.req.query('done'));
  const shown =
    notice ?? (done.success ? { kind: 'success', text: ctx.t(DONE[done.data]) } : undefined);
  return c.html(
    <RegistrantsPage ctx={ctx} list={list} status={query.status} notice={shown} />,
    status,
  );
}

function registrants(router: Router) {
  const base = `${STAFF_PATH}/:id/registrations`;
  router.page('GET', base, ORGANIZERS, (c) => showRegistrants(c));
  router.page('GET', `${base}.xlsx`, ORGANIZERS, async (c) => {
    const ctx = c.get('ctx');
    const { event, bytes } = await exportRegistrants(ctx.deps, ctx, {
      eventId: routeParam(c, 'id'),
      t: ctx.t,
      locale: ctx.locale,
    });
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': XLSX,
      'Content-Disposition': contentDisposition(`dang-ky-${event.slug}.xlsx`),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  router.page('POST', `${base}/:registrationId/decide`, ORGANIZERS, async (c) => {
    const ctx = c.get('ctx');
    const eventId = routeParam(c, 'id');
    const decision = z.enum(DECISIONS).safeParse(formString(await readBody(c), 'decision'));
    const notPending = { kind: 'error' as const, text: ctx.t('events.registrants.notPending') };
    if (!decision.success) return showRegistrants(c, notPending, 409);
    const outcome = await decideRegistration(ctx.deps, ctx, {
      eventId,
      registrationId: routeParam(c, 'registrationId'),
      decision: decision.data,
    });
    if (!outcome.ok) return showRegistrants(c, notPending, 409);
    return c.redirect(`${registrantsPath(eventId)}?done=${decision.data}`, 303);
  });
  router.page('POST', `${base}/:registrationId/promote`, ORGANIZERS, async (c) => {
    const ctx = c.get('ctx');
    const eventId = routeParam(c, 'id');
    const outcome = await promoteRegistration(ctx.deps, ctx, {
      eventId,
      registrationId: routeParam(c, 'registrationId'),
      isCapacityRaised: formString(await readBody(c), 'addSeat') === 'yes',
    });
    if (outcome.ok) return c.redirect(`${registrantsPath(eventId)}?done=promote`, 303);
    const text =
      outcome.reason === 'FULL'
        ? ctx.t('events.registrants.promoteFull', { free: outcome.freeUnits })
        : ctx.t('events.registrants.notWaiting');
    return showRegistrants(c, { kind: 'error', text }, 409);
  });
}

async function showQuestions(
  c: Context<AppEnv>,
  given: { draft?: FormDraft; version?: number; errors?: FieldErrors; notice?: PageNotice } = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const { event } = await getEventForStaff(ctx.deps, ctx, routeParam(c, 'id'));
  const saved = event.registrationForm ? draftOf(event.registrationForm) : [];
  const done = c.req.query('done') === 'saved' && {
    kind: 'success' as const,
    text: ctx.t('events.questions.saved'),
  };
  return c.html(
    <QuestionsPage
      ctx={ctx}
      event={event}
      draft={given.draft ?? saved}
      version={given.version ?? event.version}
      errors={given.errors}
      notice={given.notice ?? (done || undefined)}
    />,
    status,
  );
}

function questions(router: Router) {
  const base = `${STAFF_PATH}/:id/questions`;
  router.page('GET', base, MANAGE, (c) => showQuestions(c));
  router.page('POST', base, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const eventId = routeParam(c, 'id');
    const body = await readBody(c);
    const draft = readDraft(body);
    const version = formVersion(body);
    const op = formString(body, 'op') || 'save';
    if (op !== 'save') return showQuestions(c, { draft: applyBuilderOp(draft, op), version });
    const result = await saveRegistrationQuestions(ctx.deps, ctx, { eventId, version, draft });
    if (result.ok) return c.redirect(`${questionsPath(eventId)}?done=saved`, 303);
    if (result.reason === 'INVALID')
      return showQuestions(c, { draft, version, errors: result.fields }, 422);
    const conflict = { kind: 'error' as const, text: ctx.t('events.staff.conflict') };
    return showQuestions(c, { draft, version: result.current.version, notice: conflict }, 409);
  });
}

export function registerRegistrantRoutes(router: Router) {
  registrants(router);
  questions(router);
}
