import { defineCatalog } from '../../../platform/i18n';
import * as plans from './plans';
import * as register from './register';

export const plansCatalog = defineCatalog(
  'plans',
  { ...plans.vi, ...register.vi },
  { ...plans.en, ...register.en },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    plans: typeof plansCatalog.vi;
  }
}
