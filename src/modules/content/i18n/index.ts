import { defineCatalog } from '../../../platform/i18n';
import * as editor from './editor';
import * as items from './items';
import * as legal from './legal';
import * as media from './media';
import * as newsletter from './newsletter';

export const contentCatalog = defineCatalog(
  'content',
  { ...items.vi, ...legal.vi, ...newsletter.vi, ...editor.vi, ...media.vi },
  { ...items.en, ...legal.en, ...newsletter.en, ...editor.en, ...media.en },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    content: typeof contentCatalog.vi;
  }
}
