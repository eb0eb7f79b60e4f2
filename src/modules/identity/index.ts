export { identityModule } from './manifest';
export { resolveActor } from './resolve-actor';
export { demoAccountOrganizations, DEMO_ACCOUNTS, DEMO_PASSWORD } from './services/seed-demo';
export { createVerifiedUser } from './services/create-verified-user';
export { accountStanding, type AccountStanding } from './services/account-standing';
export {
  countAccounts,
  countDemoAccounts,
  countUsers,
  recordConsent,
  withdrawEmailConsent,
} from './db/users.repository';
export {
  accountContact,
  accountContactByEmail,
  accountMembers,
  accountMembership,
  accountRoleOf,
  accountOrganizationsOf,
  createAccountOrganization,
  isAccountManagerRole,
  type AccountContact,
  type AccountOrganization,
  verifiedAccountsByEmail,
} from './services/membership-lookup';
