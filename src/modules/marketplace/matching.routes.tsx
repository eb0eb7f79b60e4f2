// Suggestions: the offers fitting a need and the needs an offer could answer, for the listing
// owner's people and the centre's staff (404 to anyone else).
import { policies } from '../../platform/authz';
import { routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { actsFor } from './services/owners';
import { suggestNeedsForOffer, suggestOffersForNeed } from './services/matching';
import { MatchPage } from './ui/match-pages';
import { NEEDS_PATH, OFFERS_PATH } from './ui/paths';

export function registerMatchingRoutes(router: Router) {
  router.page('GET', `${NEEDS_PATH}/:id/matches`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const found = await suggestOffersForNeed(ctx.deps, ctx.actor, routeParam(c, 'id'));
    const of = {
      kind: 'need' as const,
      id: found.need.id,
      title: found.need.title,
      ownerSlug: found.owner.slug,
    };
    const mayAsk = await actsFor(ctx.deps.database.db, ctx.actor, found.owner);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<MatchPage ctx={ctx} of={of} suggestions={found.suggestions} mayAsk={mayAsk} />);
  });
  router.page('GET', `${OFFERS_PATH}/:id/matches`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const found = await suggestNeedsForOffer(ctx.deps, ctx.actor, routeParam(c, 'id'));
    const of = {
      kind: 'offer' as const,
      id: found.offer.id,
      title: found.offer.title,
      ownerSlug: found.owner.slug,
    };
    const mayAsk = await actsFor(ctx.deps.database.db, ctx.actor, found.owner);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<MatchPage ctx={ctx} of={of} suggestions={found.suggestions} mayAsk={mayAsk} />);
  });
}
