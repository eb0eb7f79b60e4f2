// Each part of identity keeps its own catalog file so they can grow independently.
import * as account from './account';
import * as admin from './admin';
import * as apiKeys from './api-keys';
import * as auth from './auth';
import * as organizations from './organizations';

export const vi = { ...auth.vi, ...account.vi, ...organizations.vi, ...apiKeys.vi, ...admin.vi };
export const en = { ...auth.en, ...account.en, ...organizations.en, ...apiKeys.en, ...admin.en };
