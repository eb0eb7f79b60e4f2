import type { Indicator } from '../../../platform/modules/manifest';
import { countIntroducedBetween, dealsBetween } from '../db/introductions.repository';
import { countListedBetween } from '../db/offers.repository';

// Per province by the listing owner's province when the listing was written. A deal counts in
// the period of its signature (Vietnam days).
export const MARKETPLACE_INDICATORS: Indicator[] = [
  {
    id: 'marketplace.offers_listed',
    label: 'marketplace.indicator.offersListed',
    unit: 'count',
    compute: (db, q) => countListedBetween(db, q),
  },
  {
    id: 'marketplace.introductions',
    label: 'marketplace.indicator.introductions',
    unit: 'count',
    compute: (db, q) => countIntroducedBetween(db, q),
  },
  {
    id: 'marketplace.deals',
    label: 'marketplace.indicator.deals',
    unit: 'count',
    compute: async (db, q) => (await dealsBetween(db, q)).count,
  },
  {
    id: 'marketplace.deals_value',
    label: 'marketplace.indicator.dealsValue',
    unit: 'vnd',
    compute: async (db, q) => Number((await dealsBetween(db, q)).value),
  },
];
