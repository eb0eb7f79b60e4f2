// /admin/events/:id/messages: the organisers (staff, the members of the event's organisers) write
// to its registrants. The form carries a one-time key: a double submit sends once. After sending
// the page is loaded again (303) with `?sent=` the number of mails queued.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, textValues } from '../../platform/input/form-values';
import { messageRegistrants } from './services/message-registrants';
import { findEventMessages } from './services/messages.queries';
import { MessagesPage, messagesPath, type MessagesView } from './ui/staff-messages';

type Given = Pick<MessagesView, 'values' | 'errors' | 'notice'> & { key?: string };

async function showMessages(c: Context<AppEnv>, given: Given = {}, status: 200 | 422 = 200) {
  const ctx = c.get('ctx');
  const found = await findEventMessages(ctx.deps, ctx, routeParam(c, 'id'));
  const count = Number(c.req.query('sent'));
  const notice =
    given.notice ??
    (Number.isInteger(count) && c.req.query('sent') !== undefined
      ? { kind: 'success' as const, text: ctx.t('events.messages.done', { count }) }
      : undefined);
  c.header('Cache-Control', 'private, no-store');
  const view = { ...found, ...given, key: given.key ?? randomUUID(), notice };
  return c.html(<MessagesPage ctx={ctx} view={view} />, status);
}

export function registerMessageRoutes(router: Router) {
  const path = messagesPath(':id');
  router.page('GET', path, policies.session, (c) => showMessages(c));
  router.page('POST', path, policies.session, async (c) => {
    const ctx = c.get('ctx');
    const eventId = routeParam(c, 'id');
    const body = await readBody(c);
    const field = (name: string) => formString(body, name);
    const outcome = await messageRegistrants(ctx.deps, ctx, {
      eventId,
      ticketTypeId: field('ticketTypeId'),
      subjectVi: field('subjectVi'),
      bodyVi: field('bodyVi'),
      subjectEn: field('subjectEn'),
      bodyEn: field('bodyEn'),
      key: field('key'),
    });
    if (!outcome.ok) {
      const key = field('key') || undefined;
      return showMessages(c, { values: textValues(body), errors: outcome.fields, key }, 422);
    }
    return c.redirect(`${messagesPath(eventId)}?sent=${outcome.message.recipients}`, 303);
  });
}
