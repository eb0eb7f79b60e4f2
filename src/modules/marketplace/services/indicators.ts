import type { Indicator } from '../../../platform/modules/manifest';
import { countListedBetween } from '../db/offers.repository';

// Counted per province by the owner's province at the time of listing.
export const MARKETPLACE_INDICATORS: Indicator[] = [
  {
    id: 'marketplace.offers_listed',
    label: 'marketplace.indicator.offersListed',
    unit: 'count',
    compute: (db, q) => countListedBetween(db, q),
  },
];
