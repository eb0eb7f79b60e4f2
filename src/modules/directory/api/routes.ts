import type { Api } from '../../../platform/http/api';
import { registerChangesApi } from './changes';
import { registerOrganizationsApi } from './organizations';
import { registerPeopleApi } from './people';

/** The directory's operations under /api/v1. */
export function registerDirectoryApi(api: Api) {
  registerOrganizationsApi(api);
  registerPeopleApi(api);
  registerChangesApi(api);
}
