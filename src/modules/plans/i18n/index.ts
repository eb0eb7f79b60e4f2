import { defineCatalog } from '../../../platform/i18n';
import * as assessments from './assessments';
import * as dashboard from './dashboard';
import * as official from './official';
import * as plans from './plans';
import * as register from './register';
import * as reports from './reports';
import * as targets from './targets';

export const plansCatalog = defineCatalog(
  'plans',
  {
    ...plans.vi,
    ...register.vi,
    ...targets.vi,
    ...reports.vi,
    ...official.vi,
    ...dashboard.vi,
    ...assessments.vi,
  },
  {
    ...plans.en,
    ...register.en,
    ...targets.en,
    ...reports.en,
    ...official.en,
    ...dashboard.en,
    ...assessments.en,
  },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    plans: typeof plansCatalog.vi;
  }
}
