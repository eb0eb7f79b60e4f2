import type { Router } from '../../platform/http/router';

export function registerOrganizationsRoutes(_router: Router) {}
