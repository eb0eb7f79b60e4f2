import { defineCatalog } from '../../../platform/i18n';
import * as funnel from './funnel';
import * as offers from './offers';

export const marketplaceCatalog = defineCatalog(
  'marketplace',
  { ...offers.vi, ...funnel.vi },
  { ...offers.en, ...funnel.en },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    marketplace: typeof marketplaceCatalog.vi;
  }
}
