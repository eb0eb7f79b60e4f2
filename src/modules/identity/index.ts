import type { AppModule } from '../../platform/http/app';
import { registerAccountRoutes } from './account.routes';
import { registerIdentityApi } from './api/routes';
import { registerAdminUsersRoutes } from './admin-users.routes';
import { registerApiKeysRoutes } from './api-keys.routes';
import { registerAuthRoutes } from './auth.routes';
import { registerOrganizationsRoutes } from './organizations.routes';
import { requireTwoFactorForStaff } from './services/two-factor-policy';

export { resolveActor } from './services/resolve-actor';

export const identityModule: AppModule = {
  id: 'identity',
  middleware: [requireTwoFactorForStaff],
  register(router) {
    registerAuthRoutes(router);
    registerAccountRoutes(router);
    registerOrganizationsRoutes(router);
    registerApiKeysRoutes(router);
    registerAdminUsersRoutes(router);
  },
  registerApi(api) {
    registerIdentityApi(api);
  },
};
export { seedIdentityDemo, DEMO_ACCOUNTS, DEMO_PASSWORD } from './services/seed-demo';
export { createVerifiedUser } from './services/create-verified-user';
export { accountStanding, type AccountStanding } from './services/account-standing';
export { countAccounts, countDemoAccounts, countUsers, recordConsent } from './db/users.repository';
export {
  accountContact,
  accountMembers,
  accountMembership,
  accountOrganizationsOf,
  createAccountOrganization,
  isAccountManagerRole,
  type AccountOrganization,
} from './services/membership-lookup';
