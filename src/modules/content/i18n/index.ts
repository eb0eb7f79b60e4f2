import { defineCatalog } from '../../../platform/i18n';
import * as items from './items';

export const contentCatalog = defineCatalog('content', { ...items.vi }, { ...items.en });

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    content: typeof contentCatalog.vi;
  }
}
