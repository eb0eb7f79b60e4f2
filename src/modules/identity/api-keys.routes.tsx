import type { Router } from '../../platform/http/router';

export function registerApiKeysRoutes(_router: Router) {}
