// Each part of identity keeps its own catalog file so they can grow independently.
import { defineCatalog } from '../../../platform/i18n';
import * as account from './account';
import * as admin from './admin';
import * as apiKeys from './api-keys';
import * as auth from './auth';
import * as organizations from './organizations';
import * as password from './password';
import * as personalData from './personal-data';

export const identityCatalog = defineCatalog(
  'identity',
  {
    ...auth.vi,
    ...account.vi,
    ...organizations.vi,
    ...apiKeys.vi,
    ...admin.vi,
    ...password.vi,
    ...personalData.vi,
  },
  {
    ...auth.en,
    ...account.en,
    ...organizations.en,
    ...apiKeys.en,
    ...admin.en,
    ...password.en,
    ...personalData.en,
  },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    identity: typeof identityCatalog.vi;
  }
}
