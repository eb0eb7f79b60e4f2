import { defineCatalog } from '../../../platform/i18n';
import * as challenges from './challenges';
import * as evaluation from './evaluation';
import * as pilots from './pilots';
import * as problems from './problems';
import * as results from './results';
import * as taskOrders from './task-orders';

export const challengesCatalog = defineCatalog(
  'challenges',
  {
    ...problems.vi,
    ...challenges.vi,
    ...pilots.vi,
    ...taskOrders.vi,
    ...results.vi,
    ...evaluation.vi,
  },
  {
    ...problems.en,
    ...challenges.en,
    ...pilots.en,
    ...taskOrders.en,
    ...results.en,
    ...evaluation.en,
  },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    challenges: typeof challengesCatalog.vi;
  }
}
