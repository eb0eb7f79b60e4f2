import type { Router } from '../../platform/http/router';

export function registerCurationRoutes(_router: Router) {}
