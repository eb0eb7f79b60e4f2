import { defineCatalog } from '../../../platform/i18n';
import * as plans from './plans';

export const plansCatalog = defineCatalog('plans', { ...plans.vi }, { ...plans.en });

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    plans: typeof plansCatalog.vi;
  }
}
