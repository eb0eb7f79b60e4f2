import { defineCatalog } from '../../../platform/i18n';
import * as items from './items';
import * as legal from './legal';

export const contentCatalog = defineCatalog(
  'content',
  { ...items.vi, ...legal.vi },
  { ...items.en, ...legal.en },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    content: typeof contentCatalog.vi;
  }
}
