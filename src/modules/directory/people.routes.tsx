import type { Router } from '../../platform/http/router';

export function registerPeopleRoutes(_router: Router) {}
