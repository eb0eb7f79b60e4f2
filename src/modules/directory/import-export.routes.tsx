import type { Router } from '../../platform/http/router';

export function registerImportExportRoutes(_router: Router) {}
