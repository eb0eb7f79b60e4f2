import type { Indicator } from '../../../platform/modules/manifest';
import { countIntroducedBetween, dealsBetween } from '../db/introductions.repository';
import { countListedBetween } from '../db/offers.repository';
import { conversions } from '../domain/funnel';
import { funnelTotals } from './funnel.queries';

// Per province by the listing owner's province when the listing was written. A deal counts in
// the period of its signature (Vietnam days), once both sides confirmed it. The funnel's figures
// are the brokers' page's and the public "exchange in numbers"'s.
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
  {
    id: 'marketplace.listings',
    label: 'marketplace.indicator.listings',
    unit: 'count',
    compute: async (db, q) => (await funnelTotals(db, q)).listed,
  },
  {
    id: 'marketplace.listing_views',
    label: 'marketplace.indicator.listingViews',
    unit: 'count',
    compute: async (db, q) => (await funnelTotals(db, q)).views,
  },
  {
    id: 'marketplace.nda_acceptances',
    label: 'marketplace.indicator.ndaAcceptances',
    unit: 'count',
    compute: async (db, q) => (await funnelTotals(db, q)).ndas,
  },
  {
    id: 'marketplace.introductions_requested',
    label: 'marketplace.indicator.introductionsRequested',
    unit: 'count',
    compute: async (db, q) => (await funnelTotals(db, q)).requested,
  },
  {
    id: 'marketplace.introduction_to_deal',
    label: 'marketplace.indicator.introductionToDeal',
    unit: 'percent',
    compute: async (db, q) => conversions(await funnelTotals(db, q)).introductionToDeal ?? 0,
  },
];
