import type { Api } from '../../../platform/http/api';
import { registerApiKeysApi } from './api-keys';
import { registerMeApi } from './me';

/** The identity module's operations under /api/v1. */
export function registerIdentityApi(api: Api) {
  registerMeApi(api);
  registerApiKeysApi(api);
}
