import type { Router } from '../../platform/http/router';

export function registerStatsRoutes(_router: Router) {}
