import { defineCatalog } from '../../../platform/i18n';
import * as items from './items';
import * as legal from './legal';
import * as newsletter from './newsletter';

export const contentCatalog = defineCatalog(
  'content',
  { ...items.vi, ...legal.vi, ...newsletter.vi },
  { ...items.en, ...legal.en, ...newsletter.en },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    content: typeof contentCatalog.vi;
  }
}
