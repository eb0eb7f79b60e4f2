// The back-office of events: the list, the form (create, save with 409 on a stale edit), the
// steps (publish, cancel, close registration), duplicates and a series' next months. After a
// change the page is loaded again (303) with `?done=` naming what happened.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import type { MessageKey } from '../../platform/i18n';
import { formString, formVersion, parseWhole } from '../../platform/input/form-values';
import { ZPage } from '../../platform/input/paging';
import type { PageNotice } from '../../platform/ui/notice';
import { EVENT_STATUSES } from './domain/event';
import { STAFF_PATH } from './permissions';
import { createNextOccurrences, duplicateEvent } from './services/duplicate-event';
import { eventFormState, readEventForm } from './services/event-form';
import { EVENT_WHEN } from './services/event-search';
import { EVENT_STEPS, takeEventStep } from './services/event-workflow';
import { findEventsForStaff, getEventForStaff } from './services/events.queries';
import { createEvent, updateEvent } from './services/save-event';
import { ticketAvailability } from './services/registration.queries';
import { addTicketType, setTicketApproval, setTicketCapacity } from './services/ticket-types';
import { EventFormPage } from './ui/staff-event-form';
import { StaffListPage } from './ui/staff-pages';

const MANAGE = policies.backOffice('events.event:manage');

const ZStaffQuery = z.object({
  status: z.enum(EVENT_STATUSES).optional().catch(undefined),
  when: z.enum(EVENT_WHEN).optional().catch(undefined),
  page: ZPage.catch(1),
});

const DONE = [
  'created',
  'saved',
  'duplicated',
  'occurrences',
  'ticketAdded',
  'capacitySet',
  'approvalSet',
  ...EVENT_STEPS,
] as const;
type Done = (typeof DONE)[number];

function doneNotice(c: Context<AppEnv>): PageNotice | undefined {
  const { t } = c.get('ctx');
  const done = c.req.query('done') as Done | undefined;
  if (!done || !DONE.includes(done)) return undefined;
  if (done === 'approvalSet') return { kind: 'success', text: t('events.tickets.approvalSet') };
  const key: MessageKey =
    done === 'ticketAdded'
      ? 'events.tickets.added'
      : done === 'capacitySet'
        ? 'events.tickets.capacitySet'
        : done === 'created' || done === 'saved' || done === 'duplicated' || done === 'occurrences'
          ? `events.staff.done.${done}`
          : `events.step.done.${done}`;
  return { kind: 'success', text: t(key, { count: Number(c.req.query('count')) || 0 }) };
}

async function showEvent(
  c: Context<AppEnv>,
  id: string,
  extra: Partial<Parameters<typeof EventFormPage>[0]> = {},
  status: 200 | 409 | 422 = 200,
) {
  const ctx = c.get('ctx');
  const { event, sessions, organizers } = await getEventForStaff(ctx.deps, ctx, id);
  const tickets = await ticketAvailability(ctx.deps, event.id);
  return c.html(
    <EventFormPage
      ctx={ctx}
      event={event}
      tickets={tickets}
      version={event.version}
      state={eventFormState(
        event,
        sessions,
        organizers.map((o) => o.slug),
      )}
      notice={doneNotice(c)}
      {...extra}
    />,
    status,
  );
}

function registerForm(router: Router) {
  router.page('GET', `${STAFF_PATH}/new`, MANAGE, (c) =>
    c.html(
      <EventFormPage ctx={c.get('ctx')} state={{ values: { type: 'meetup' }, sectors: [] }} />,
    ),
  );
  router.page('POST', `${STAFF_PATH}/new`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const { input, state } = readEventForm(await readBody(c));
    const result = await createEvent(ctx.deps, ctx, input);
    if (result.ok) return c.redirect(`${STAFF_PATH}/${result.event.id}?done=created`, 303);
    return c.html(
      <EventFormPage
        ctx={ctx}
        state={{ ...state, pendingCover: result.pendingCover ?? state.pendingCover }}
        errors={result.fields}
      />,
      422,
    );
  });
  router.page('GET', `${STAFF_PATH}/:id`, MANAGE, (c) => showEvent(c, routeParam(c, 'id')));
  router.page('POST', `${STAFF_PATH}/:id`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const { input, state } = readEventForm(body);
    const version = formVersion(body);
    const result = await updateEvent(ctx.deps, ctx, { ...input, id, version });
    if (result.ok) return c.redirect(`${STAFF_PATH}/${id}?done=saved`, 303);
    if (result.reason === 'CONFLICT')
      return showEvent(
        c,
        id,
        {
          state,
          version: result.current.version,
          notice: { kind: 'error', text: ctx.t('events.staff.conflict') },
        },
        409,
      );
    return showEvent(
      c,
      id,
      {
        state: { ...state, pendingCover: result.pendingCover ?? state.pendingCover },
        version,
        errors: result.fields,
      },
      422,
    );
  });
}

function registerSteps(router: Router) {
  router.page('POST', `${STAFF_PATH}/:id/step`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const step = z.enum(EVENT_STEPS).safeParse(formString(body, 'step'));
    const notApplicable = { kind: 'error' as const, text: ctx.t('events.step.notApplicable') };
    if (!step.success) return showEvent(c, id, { notice: notApplicable }, 422);
    const result = await takeEventStep(ctx.deps, ctx, {
      id,
      version: formVersion(body),
      step: step.data,
    });
    if (result.ok) return c.redirect(`${STAFF_PATH}/${id}?done=${step.data}`, 303);
    if (result.reason === 'CONFLICT')
      return showEvent(
        c,
        id,
        { notice: { kind: 'error', text: ctx.t('events.staff.conflict') } },
        409,
      );
    return showEvent(c, id, { notice: notApplicable }, 409);
  });
  router.page('POST', `${STAFF_PATH}/:id/duplicate`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const copy = await duplicateEvent(ctx.deps, ctx, { id: routeParam(c, 'id') });
    return c.redirect(`${STAFF_PATH}/${copy.id}?done=duplicated`, 303);
  });
  router.page('POST', `${STAFF_PATH}/:id/occurrences`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const count = parseWhole(formString(await readBody(c), 'count'));
    if (typeof count !== 'number' || count < 1)
      return showEvent(c, id, { errors: { count: { key: 'validation.wholeNumber' } } }, 422);
    const created = await createNextOccurrences(ctx.deps, ctx, { id, count });
    return c.redirect(`${STAFF_PATH}/${id}?done=occurrences&count=${created.length}`, 303);
  });
}

function registerTickets(router: Router) {
  router.page('POST', `${STAFF_PATH}/:id/tickets`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const body = await readBody(c);
    const result = await addTicketType(ctx.deps, ctx, {
      eventId: id,
      nameVi: formString(body, 'nameVi'),
      nameEn: formString(body, 'nameEn'),
      capacity: formString(body, 'capacity'),
      isApprovalRequired: formString(body, 'isApprovalRequired') === 'yes',
    });
    if (result.ok) return c.redirect(`${STAFF_PATH}/${id}?done=ticketAdded#tickets`, 303);
    return showEvent(c, id, { ticketErrors: result.fields, errors: result.fields }, 422);
  });
  router.page('POST', `${STAFF_PATH}/:id/tickets/:ticketId/capacity`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    const result = await setTicketCapacity(ctx.deps, ctx, {
      ticketTypeId: routeParam(c, 'ticketId'),
      capacity: formString(await readBody(c), 'capacity'),
    });
    if (result.ok) return c.redirect(`${STAFF_PATH}/${id}?done=capacitySet#tickets`, 303);
    const notice = {
      kind: 'error' as const,
      text:
        result.reason === 'BELOW_TAKEN'
          ? ctx.t('events.tickets.belowTaken', { used: result.usedUnits })
          : ctx.t('validation.wholeNumber'),
    };
    return showEvent(c, id, { notice }, result.reason === 'BELOW_TAKEN' ? 409 : 422);
  });
  router.page('POST', `${STAFF_PATH}/:id/tickets/:ticketId/approval`, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const id = routeParam(c, 'id');
    await setTicketApproval(ctx.deps, ctx, {
      eventId: id,
      ticketTypeId: routeParam(c, 'ticketId'),
      isApprovalRequired: formString(await readBody(c), 'isApprovalRequired') === 'yes',
    });
    return c.redirect(`${STAFF_PATH}/${id}?done=approvalSet#tickets`, 303);
  });
}

export function registerStaffRoutes(router: Router) {
  router.page('GET', STAFF_PATH, MANAGE, async (c) => {
    const ctx = c.get('ctx');
    const query = ZStaffQuery.parse(c.req.query());
    const result = await findEventsForStaff(ctx.deps, ctx, query);
    return c.html(
      <StaffListPage
        ctx={ctx}
        result={result}
        filters={{ status: query.status, when: query.when }}
      />,
    );
  });
  registerForm(router);
  registerSteps(router);
  registerTickets(router);
}
