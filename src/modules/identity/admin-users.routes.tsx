import type { Router } from '../../platform/http/router';

export function registerAdminUsersRoutes(_router: Router) {}
