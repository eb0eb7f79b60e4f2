import type { MiddlewareHandler } from 'hono';
import type { AppModule } from '../../platform/http/app';
import type { AppEnv } from '../../platform/http/context';
import { AppError } from '../../platform/http/errors';
import { APPLICATION_FORM_ROUTE, registerApplicationRoutes } from './applications.routes';
import { ATTACHMENT_MAX_BYTES_CEILING } from './domain/call-form';
import { registerDashboardRoutes } from './dashboard.routes';
import { canManageProgrammes, STAFF_PATH } from './permissions';
import { PROJECT_UPLOAD_LIMITS, registerProjectRoutes } from './projects.routes';
import { registerPublicRoutes } from './public.routes';
import { registerReviewRoutes } from './review.routes';
import {
  PROGRAMME_DOCUMENTS_ROUTE,
  PROGRAMME_DOCUMENTS_UPLOAD_LIMIT,
  registerStaffRoutes,
} from './staff.routes';
import { REMINDER_JOB } from './services/funded-project-rules';
import { remindMilestone } from './services/remind-project-milestone';

/**
 * The staff pages do not exist for signed-in accounts that may not manage programmes: they get
 * 404, as for any resource they may not see. Visitors are still sent to log in by the routes.
 */
const hideStaffPages: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { actor } = c.get('ctx');
  const path = c.req.path;
  const isStaffPath = path === STAFF_PATH || path.startsWith(`${STAFF_PATH}/`);
  if (isStaffPath && actor.kind === 'user' && !canManageProgrammes(actor))
    throw new AppError('NOT_FOUND');
  await next();
};

export const programsModule: AppModule = {
  id: 'programs',
  middleware: [hideStaffPages],
  uploadLimits: {
    // The application form carries its attachments: one at the largest a call may allow, and
    // the multipart envelope and the answers around it.
    [APPLICATION_FORM_ROUTE]: ATTACHMENT_MAX_BYTES_CEILING + 1_000_000,
    ...PROJECT_UPLOAD_LIMITS,
    [PROGRAMME_DOCUMENTS_ROUTE]: PROGRAMME_DOCUMENTS_UPLOAD_LIMIT,
  },
  jobs: { [REMINDER_JOB]: remindMilestone },
  register(router) {
    registerStaffRoutes(router);
    registerDashboardRoutes(router);
    registerProjectRoutes(router);
    // Before the public pages: /programs/reviews is not a programme's slug.
    registerReviewRoutes(router);
    // Before the public pages too: /programs/applications is not a programme's slug.
    registerApplicationRoutes(router);
    registerPublicRoutes(router);
  },
};

export { createProgramme } from './services/create-programme';
export { updateProgramme } from './services/update-programme';
export { publishProgramme } from './services/publish-programme';
export { archiveProgramme } from './services/archive-programme';
export { createCall } from './services/create-call';
export { updateCall } from './services/update-call';
export { grantExtension } from './services/grant-extension';
export { findProgrammes, getProgrammeBySlug } from './services/programmes.queries';
export { getCall, isCallOpenFor } from './services/calls.queries';
export type { TCallFieldsInput, TProgrammeFieldsInput } from './contracts';
export { decisionOfApplication } from './services/review.queries';
export { seedProgramsDemo } from './seed/demo';
