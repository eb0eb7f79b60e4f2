import type { Api } from '../../../platform/http/api';

export function registerDirectoryApi(_api: Api) {}
