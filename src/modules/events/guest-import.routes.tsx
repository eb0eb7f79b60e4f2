// Importing a guest list for an event: upload → preview with each row's problems → confirm (once).
// Staff and the members of the event's organisers: the services answer 404 to anyone else.
import { policies } from '../../platform/authz';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, postedFiles } from '../../platform/input/form-values';
import { getManagedEvent } from './services/event-access';
import { importGuests, previewGuestImport } from './services/guest-import';
import { GuestImportPage, GuestPreviewPage, GuestResultPage } from './ui/guest-import';
import { STAFF_PATH } from './permissions';

const ORGANIZERS = policies.session;
export const GUEST_IMPORT_PATH = `${STAFF_PATH}/:id/registrations/import`;

export function registerGuestImportRoutes(router: Router) {
  router.page('GET', GUEST_IMPORT_PATH, ORGANIZERS, async (c) => {
    const ctx = c.get('ctx');
    const event = await getManagedEvent(ctx.deps.database.db, ctx.actor, routeParam(c, 'id'));
    return c.html(<GuestImportPage ctx={ctx} event={event} />);
  });
  router.page('POST', GUEST_IMPORT_PATH, ORGANIZERS, async (c) => {
    const ctx = c.get('ctx');
    const eventId = routeParam(c, 'id');
    const [file] = await postedFiles(await readBody(c), 'file');
    const result = await previewGuestImport(ctx.deps, ctx, { eventId, file });
    if (result.ok) return c.html(<GuestPreviewPage ctx={ctx} preview={result} />);
    const event = await getManagedEvent(ctx.deps.database.db, ctx.actor, eventId);
    return c.html(<GuestImportPage ctx={ctx} event={event} errors={result.fields} />, 422);
  });
  router.page('POST', `${GUEST_IMPORT_PATH}/confirm`, ORGANIZERS, async (c) => {
    const ctx = c.get('ctx');
    const eventId = routeParam(c, 'id');
    const body = await readBody(c);
    const result = await importGuests(ctx.deps, ctx, {
      eventId,
      fileHash: formString(body, 'file'),
      key: formString(body, 'key'),
      sendTickets: formString(body, 'sendTickets') === 'yes',
    });
    if (result.ok)
      return c.html(<GuestResultPage ctx={ctx} event={result.event} counts={result} />);
    if (result.reason === 'ALREADY_IMPORTED')
      return c.html(
        <GuestResultPage ctx={ctx} event={result.event} alreadyCount={result.count} />,
        409,
      );
    const event = await getManagedEvent(ctx.deps.database.db, ctx.actor, eventId);
    return c.html(<GuestImportPage ctx={ctx} event={event} errors={result.fields} />, 422);
  });
}
