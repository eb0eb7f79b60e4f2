// Each part of the programmes module keeps its own catalog file.
import { defineCatalog } from '../../../platform/i18n';
import * as answers from './answers';
import * as applications from './applications';
import * as dashboard from './dashboard';
import * as eligibility from './eligibility';
import * as module from './module';
import * as pages from './pages';
import * as projects from './projects';
import * as review from './review';
import * as voting from './voting';

export const programsCatalog = defineCatalog(
  'programs',
  {
    ...module.vi,
    ...pages.vi,
    ...answers.vi,
    ...eligibility.vi,
    ...applications.vi,
    ...projects.vi,
    ...review.vi,
    ...voting.vi,
    ...dashboard.vi,
  },
  {
    ...module.en,
    ...pages.en,
    ...answers.en,
    ...eligibility.en,
    ...applications.en,
    ...projects.en,
    ...review.en,
    ...voting.en,
    ...dashboard.en,
  },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    programs: typeof programsCatalog.vi;
  }
}
