// The home page's section from the marketplace: the newest listed offers.
import type { HomeBlock } from '../../../platform/modules/manifest';
import { newestListed } from '../db/offers.repository';
import { OfferCard } from '../ui/offer-pages';
import { MARKETPLACE_PATH } from '../ui/paths';
import { firstImagesOfOffers, ownersOfOffers } from './offers.queries';

export const marketplaceHomeBlocks: HomeBlock[] = [
  {
    id: 'marketplace.offers',
    order: 30,
    async render(ctx) {
      const offers = await newestListed(ctx.deps.database.db, ctx.deps.clock(), 4);
      if (offers.length === 0) return null;
      const [owners, images] = await Promise.all([
        ownersOfOffers(ctx.deps, offers),
        firstImagesOfOffers(ctx.deps, offers),
      ]);
      const { t } = ctx;
      return (
        <section aria-labelledby="marketplace-newest">
          <h2 id="marketplace-newest">{t('marketplace.offers.newest')}</h2>
          <ul class="cards">
            {offers.map((offer) => (
              <OfferCard
                ctx={ctx}
                offer={offer}
                ownerName={owners.get(offer.ownerOrgId)?.name}
                image={images.get(offer.id)}
                level="h3"
              />
            ))}
          </ul>
          <p>
            <a href={MARKETPLACE_PATH}>{t('marketplace.offers.all')}</a>
          </p>
        </section>
      );
    },
  },
];
