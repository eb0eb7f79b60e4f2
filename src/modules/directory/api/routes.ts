import type { Api } from '../../../platform/http/api';
import { registerChangesApi } from './changes';
import { registerOrganizationLogoApi } from './organization-logo';
import { registerOrganizationsApi } from './organizations';
import { registerPeopleApi } from './people';

/** The directory's operations under /api/v1. */
export function registerDirectoryApi(api: Api) {
  registerOrganizationsApi(api);
  registerOrganizationLogoApi(api);
  registerPeopleApi(api);
  registerChangesApi(api);
}
