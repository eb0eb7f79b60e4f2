import type { AppModule } from '../../platform/http/app';
import { LOGO_API_PATH } from './api/organization-logo';
import { registerDirectoryApi } from './api/routes';
import { IMPORT_MAX_BYTES } from './import/read-table';
import { registerCurationRoutes } from './curation.routes';
import { registerImportExportRoutes } from './import-export.routes';
import { registerPeopleRoutes } from './people.routes';
import { registerPublicRoutes } from './public.routes';
import { LOGO_FORM_BODY_LIMIT, LOGO_RULES } from './services/organization-logo';
import { warmOrganizationIndex } from './services/search-index';
import { registerStatsRoutes } from './stats.routes';

export const directoryModule: AppModule = {
  id: 'directory',
  uploadLimits: {
    // The spreadsheet itself may be 10 MB; the multipart envelope adds a little.
    '/directory/import': IMPORT_MAX_BYTES + 500_000,
    // The profile forms carry a logo.
    '/directory/organizations/new': LOGO_FORM_BODY_LIMIT,
    '/directory/organizations/:slug/edit': LOGO_FORM_BODY_LIMIT,
    // The API takes the image alone: a larger body is refused with 413.
    [LOGO_API_PATH]: LOGO_RULES.maxBytes,
  },
  register(router) {
    registerStatsRoutes(router);
    registerImportExportRoutes(router);
    registerCurationRoutes(router);
    registerPeopleRoutes(router);
    registerPublicRoutes(router);
  },
  registerApi(api) {
    registerDirectoryApi(api);
  },
  // The first search would otherwise wait for the index (seconds at national scale).
  async warmUp(deps) {
    await warmOrganizationIndex(deps.database.db);
  },
};

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
export { organizationsLinkedToAccounts, personAccountBySlug } from './services/account-links';
export { provinceByCode } from './domain/provinces';
