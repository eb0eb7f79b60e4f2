import type { Router } from '../../platform/http/router';

export function registerAccountRoutes(_router: Router) {}
