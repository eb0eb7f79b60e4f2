// A member registers colleagues of their directory organisation from the event's page; the answer
// is the event's page again (303 with how many were registered, or the refusal in the form).
import { policies } from '../../platform/authz';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formStrings } from '../../platform/input/form-values';
import { EVENTS_PATH } from './permissions';
import { renderEventPage } from './registration.routes';
import { registerColleagues } from './services/register-colleagues';

export function registerColleagueRoutes(router: Router) {
  router.page('POST', `${EVENTS_PATH}/:slug/colleagues`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const slug = routeParam(c, 'slug');
    const body = await readBody(c);
    const given = {
      ticketTypeId: formString(body, 'ticketTypeId'),
      personIds: formStrings(body, 'colleagues'),
    };
    const result = await registerColleagues(ctx.deps, ctx, {
      slug,
      ...given,
      idempotencyKey: formString(body, 'key'),
      locale: ctx.locale,
    });
    if (result.ok)
      return c.redirect(`${EVENTS_PATH}/${slug}?colleagues=${result.seats.length}#register`, 303);
    if (result.reason === 'INVALID')
      return renderEventPage(c, slug, { colleaguesForm: { ...given, errors: result.fields } }, 422);
    if (result.reason === 'ALREADY_REGISTERED') {
      const names = result.names.join(', ');
      const errors = {
        colleagues: { key: 'events.colleagues.already' as const, params: { names } },
      };
      return renderEventPage(c, slug, { colleaguesForm: { ...given, errors } }, 409);
    }
    // The page itself says since when registration is closed.
    return renderEventPage(c, slug, {}, 409);
  });
}
