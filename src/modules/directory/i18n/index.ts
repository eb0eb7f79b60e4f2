// Each part of the directory keeps its own catalog file so they can grow independently.
import { defineCatalog } from '../../../platform/i18n';
import * as api from './api';
import * as curation from './curation';
import * as importExport from './import-export';
import * as importPeople from './import-people';
import * as labels from './labels';
import * as module from './module';
import * as organizationFields from './organization-fields';
import * as pages from './pages';
import * as people from './people';
import * as stats from './stats';

export const directoryCatalog = defineCatalog(
  'directory',
  {
    ...module.vi,
    ...labels.vi,
    ...pages.vi,
    ...people.vi,
    ...curation.vi,
    ...importExport.vi,
    ...importPeople.vi,
    ...api.vi,
    ...stats.vi,
    ...organizationFields.vi,
  },
  {
    ...module.en,
    ...labels.en,
    ...pages.en,
    ...people.en,
    ...curation.en,
    ...importExport.en,
    ...importPeople.en,
    ...api.en,
    ...stats.en,
    ...organizationFields.en,
  },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    directory: typeof directoryCatalog.vi;
  }
}
