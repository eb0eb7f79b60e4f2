// Funded projects' pages. Staff (programs.project:manage) follow a programme's projects under
// STAFF_PATH; the funded organisation's members read their project and report at
// /account/projects (anyone else: 404). Each save answers 303 back to the page, or the page again
// with what was typed and the reason: 422 for a refusal, 409 for a stale milestone edit.
// Reports, steps and disbursements may carry files (multipart; see uploadLimits in manifest.ts),
// checked by their bytes before any is stored: a refused file stores nothing and saves nothing.
// The files are served only under the project's staff page and to the organisation's members.
import type { Router } from '../../platform/http/router';
import { registerMemberProjectRoutes } from './member-projects.routes';
import { registerProjectListRoutes } from './project-list.routes';
import { registerProjectMilestoneRoutes } from './project-milestone.routes';
import { registerProjectPageRoutes } from './project.routes';

export { PROJECT_UPLOAD_LIMITS } from './project-routes-kit';

export function registerProjectRoutes(router: Router) {
  registerProjectListRoutes(router);
  registerProjectPageRoutes(router);
  registerProjectMilestoneRoutes(router);
  registerMemberProjectRoutes(router);
}
