export { directoryModule } from './manifest';
export { createOrganization } from './services/create-organization';
export { updateOrganization } from './services/update-organization';
export type { TOrganizationFieldsInput } from './contracts';
export * from './seed';
export { createPerson } from './services/create-person';
export { linkPerson, unlinkPerson, updatePerson } from './services/update-person';
export type { TPersonFieldsInput } from './services/create-person';
export {
  organizationFacts,
  organizationFactsByIds,
  organizationFactsBySlug,
  organizationsManagedBy,
  type DirectoryOrganizationFacts,
} from './services/organization-facts';
export {
  organizationContacts,
  type DirectoryOrganizationContacts,
} from './services/organization-contacts';
export {
  colleaguesOfAccount,
  organizationsLinkedToAccounts,
  personAccountBySlug,
  type Colleague,
} from './services/account-links';
export { findOrganizations } from './services/organizations.queries';
export { PROVINCES, provinceByCode } from './domain/provinces';
export { SECTORS, type Sector } from './domain/taxonomy';
export { tableRefusalMessage } from './import/read-table';
