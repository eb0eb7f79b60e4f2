import { defineCatalog } from '../../../platform/i18n';
import * as confidential from './confidential';
import * as funnel from './funnel';
import * as ipPortfolio from './ip-portfolio';
import * as ipRecords from './ip-records';
import * as matching from './matching';
import * as needs from './needs';
import * as offerImages from './offer-images';
import * as offers from './offers';
import * as savedSearches from './saved-searches';

export const marketplaceCatalog = defineCatalog(
  'marketplace',
  {
    ...offers.vi,
    ...needs.vi,
    ...funnel.vi,
    ...confidential.vi,
    ...matching.vi,
    ...ipPortfolio.vi,
    ...savedSearches.vi,
    ...ipRecords.vi,
    ...offerImages.vi,
  },
  {
    ...offers.en,
    ...needs.en,
    ...funnel.en,
    ...confidential.en,
    ...matching.en,
    ...ipPortfolio.en,
    ...savedSearches.en,
    ...ipRecords.en,
    ...offerImages.en,
  },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    marketplace: typeof marketplaceCatalog.vi;
  }
}
