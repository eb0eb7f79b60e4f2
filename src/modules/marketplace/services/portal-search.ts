// What the portal-wide search finds in the marketplace: listed offers (the marketplace's own
// index, so diacritics and typos are forgiven and expired listings left out).
import type { SearchSource } from '../../../platform/modules/manifest';
import { MARKETPLACE_PATH, offerPath } from '../ui/paths';
import { trlLabel } from '../ui/labels';
import { searchOffers } from './offer-search';

export const marketplaceSearchSources: SearchSource[] = [
  {
    id: 'marketplace.offers',
    title: 'marketplace.offers.title',
    order: 30,
    async find(ctx, words, limit) {
      const result = await searchOffers(ctx.deps.database.db, ctx.deps.clock(), {
        q: words,
        page: 1,
      });
      return {
        total: result.total,
        hits: result.rows.slice(0, limit).map((offer) => ({
          title: offer.title,
          href: offerPath(offer.id),
          meta: trlLabel(ctx.t, offer.trl),
        })),
        moreHref: `${MARKETPLACE_PATH}?q=${encodeURIComponent(words)}`,
      };
    },
  },
];
