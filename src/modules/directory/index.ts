import type { AppModule } from '../../platform/http/app';
import { registerDirectoryApi } from './api/routes';
import { registerCurationRoutes } from './curation.routes';
import { registerImportExportRoutes } from './import-export.routes';
import { registerPeopleRoutes } from './people.routes';
import { registerPublicRoutes } from './public.routes';
import { registerStatsRoutes } from './stats.routes';

export const directoryModule: AppModule = {
  id: 'directory',
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
};

export { createOrganization } from './services/create-organization';
export { updateOrganization } from './services/update-organization';
export type { TOrganizationFieldsInput } from './contracts';
export { createPerson } from './services/create-person';
export { linkPerson, unlinkPerson, updatePerson } from './services/update-person';
export type { TPersonFieldsInput } from './services/create-person';
