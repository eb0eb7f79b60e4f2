// Suggestions: the offers fitting a need and the needs an offer could answer, for the listing
// owner's people and the centre's staff (404 to anyone else), who may decline one with a reason
// and undo that. After a decline or an undo the page is loaded again (303) with `?done=`.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString } from '../../platform/input/form-values';
import type { DeclineSide } from './domain/match-declines';
import { actsFor } from './services/owners';
import { declineSuggestion, undoDecline } from './services/decline-suggestion';
import { suggestNeedsForOffer, suggestOffersForNeed } from './services/matching';
import type { DeclineState } from './ui/match-declines';
import { MatchPage } from './ui/match-pages';
import { potentialAdopters } from './services/potential-adopters';
import { NEEDS_PATH, OFFERS_PATH, needPath, offerPath } from './ui/paths';

const DONE = ['declined', 'undone'] as const;

async function suggestionsFor(c: Context<AppEnv>, side: DeclineSide, id: string) {
  const ctx = c.get('ctx');
  if (side === 'need') {
    const found = await suggestOffersForNeed(ctx.deps, ctx.actor, id);
    return {
      of: { kind: side, id: found.need.id, title: found.need.title, ownerSlug: found.owner.slug },
      owner: found.owner,
      suggestions: found.suggestions,
      declined: found.declined.map(({ decline, counterpart }) => ({
        ...decline,
        id: counterpart.id,
        title: counterpart.title,
        href: offerPath(counterpart.id),
      })),
    };
  }
  const found = await suggestNeedsForOffer(ctx.deps, ctx.actor, id);
  return {
    of: { kind: side, id: found.offer.id, title: found.offer.title, ownerSlug: found.owner.slug },
    owner: found.owner,
    suggestions: found.suggestions,
    declined: found.declined.map(({ decline, counterpart }) => ({
      ...decline,
      id: counterpart.id,
      title: counterpart.title,
      href: needPath(counterpart.id),
    })),
    adopters: await potentialAdopters(ctx.deps, ctx, found.offer),
  };
}

async function showMatches(
  c: Context<AppEnv>,
  side: DeclineSide,
  id: string,
  declineState?: DeclineState,
) {
  const ctx = c.get('ctx');
  const found = await suggestionsFor(c, side, id);
  const mayAsk = await actsFor(ctx.deps.database.db, ctx.actor, found.owner);
  const done = z.enum(DONE).safeParse(c.req.query('done'));
  const notice = declineState
    ? { kind: 'error' as const, text: ctx.t('marketplace.decline.invalid') }
    : done.success
      ? { kind: 'success' as const, text: ctx.t(`marketplace.decline.done.${done.data}`) }
      : undefined;
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <MatchPage
      ctx={ctx}
      of={found.of}
      suggestions={found.suggestions}
      mayAsk={mayAsk}
      declined={found.declined}
      adopters={'adopters' in found ? found.adopters : undefined}
      declineState={declineState}
      notice={notice}
    />,
    declineState ? 422 : 200,
  );
}

function registerSide(router: Router, side: DeclineSide, base: string) {
  const matches = `${base}/:id/matches`;
  router.page('GET', matches, policies.signedIn, (c) => showMatches(c, side, routeParam(c, 'id')));
  router.page('POST', `${matches}/decline`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const listingId = routeParam(c, 'id');
    const input = {
      side,
      listingId,
      counterpartId: formString(body, 'counterpart'),
      reason: formString(body, 'reason'),
      comment: formString(body, 'comment'),
    };
    const result = await declineSuggestion(ctx.deps, ctx, input);
    if (!result.ok) return showMatches(c, side, listingId, { ...input, errors: result.fields });
    return c.redirect(`${base}/${listingId}/matches?done=declined`, 303);
  });
  router.page('POST', `${matches}/undo`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const listingId = routeParam(c, 'id');
    await undoDecline(ctx.deps, ctx, {
      side,
      listingId,
      counterpartId: formString(body, 'counterpart'),
    });
    return c.redirect(`${base}/${listingId}/matches?done=undone`, 303);
  });
}

export function registerMatchingRoutes(router: Router) {
  registerSide(router, 'need', NEEDS_PATH);
  registerSide(router, 'offer', OFFERS_PATH);
}
