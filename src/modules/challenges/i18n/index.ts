import { defineCatalog } from '../../../platform/i18n';
import * as challenges from './challenges';
import * as problems from './problems';

export const challengesCatalog = defineCatalog(
  'challenges',
  { ...problems.vi, ...challenges.vi },
  { ...problems.en, ...challenges.en },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    challenges: typeof challengesCatalog.vi;
  }
}
