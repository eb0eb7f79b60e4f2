import type { ModuleManifest } from '../../platform/modules/manifest';
import { registerAccountRoutes } from './account.routes';
import { registerAdminUsersRoutes } from './admin-users.routes';
import { registerIdentityApi } from './api/routes';
import { registerApiKeysRoutes } from './api-keys.routes';
import { registerAuthRoutes } from './auth.routes';
import { countAccounts } from './db/users.repository';
import * as tables from './db/tables';
import { identityCatalog } from './i18n';
import { registerOrganizationsRoutes } from './organizations.routes';
import { registerPasswordChangeRoutes } from './password-change.routes';
import { registerPersonalDataRoutes } from './personal-data.routes';
import { IDENTITY_CAPABILITIES } from './permissions';
import {
  disableInactiveStaff,
  INACTIVE_STAFF_JOB,
  scheduleInactiveStaffCheck,
} from './services/inactive-staff';
import { identityPersonalData } from './services/account-personal-data';
import {
  buildDataExport,
  DATA_EXPORT_EXPIRY_JOB,
  DATA_EXPORT_JOB,
  expireDataExport,
} from './services/data-export';
import { PASSWORD_RESET_JOB, sendPasswordReset } from './services/password-reset';
import { seedIdentityDemo } from './services/seed-demo';
import { requireTwoFactorForStaff } from './two-factor.middleware';

/** Accounts, sessions, two-factor, account organisations, roles, API keys. */
export const identityModule: ModuleManifest = {
  id: 'identity',
  tables,
  messages: identityCatalog,
  capabilities: IDENTITY_CAPABILITIES,
  apiScopes: [
    {
      scope: 'identity.profile:read:own',
      label: 'identity.apiKeys.scope.profileRead',
      description: 'identity.apiKeys.scope.profileRead.desc',
    },
  ],
  nav: {
    backoffice: [
      {
        path: '/admin/users',
        title: 'identity.admin.nav',
        description: 'identity.admin.navDescription',
        order: 10,
        capability: 'identity.user:manage',
      },
      {
        path: '/admin/data-requests',
        title: 'identity.dataRequests.nav',
        description: 'identity.dataRequests.navDescription',
        order: 12,
        capability: 'identity.dataRequest:manage',
      },
    ],
  },
  async figures(deps) {
    const accounts = await countAccounts(deps.database.db);
    return [
      { id: 'users', label: 'identity.stat.accounts', value: accounts.total },
      { id: 'verifiedUsers', label: 'identity.stat.verifiedAccounts', value: accounts.verified },
    ];
  },
  middleware: [requireTwoFactorForStaff],
  jobs: {
    [PASSWORD_RESET_JOB]: sendPasswordReset,
    [INACTIVE_STAFF_JOB]: disableInactiveStaff,
    [DATA_EXPORT_JOB]: buildDataExport,
    [DATA_EXPORT_EXPIRY_JOB]: expireDataExport,
  },
  personalData: identityPersonalData,
  async warmUp(deps) {
    await scheduleInactiveStaffCheck(deps);
  },
  register(router) {
    registerAuthRoutes(router);
    registerAccountRoutes(router);
    registerPasswordChangeRoutes(router);
    registerPersonalDataRoutes(router);
    registerOrganizationsRoutes(router);
    registerApiKeysRoutes(router);
    registerAdminUsersRoutes(router);
  },
  registerApi(api) {
    registerIdentityApi(api);
  },
  seeds: {
    async demo(deps) {
      await seedIdentityDemo(deps);
    },
  },
};
