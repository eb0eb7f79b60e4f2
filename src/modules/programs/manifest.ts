import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { AppError } from '../../platform/errors';
import type { ModuleManifest } from '../../platform/modules/manifest';
import { registerApplicationRoutes } from './applications.routes';
import { APPLICATION_FORM_ROUTE } from './application-form.routes';
import { registerDashboardRoutes } from './dashboard.routes';
import * as tables from './db/tables';
import { ATTACHMENT_MAX_BYTES_CEILING } from './domain/call-form';
import { programsCatalog } from './i18n';
import { programsHomeBlocks } from './services/home-blocks';
import { programsPersonalData } from './services/personal-data';
import { programsSearchSources } from './services/portal-search';
import { programsSitemap } from './services/sitemap';
import { canManageProgrammes, PROGRAMS_CAPABILITIES, STAFF_PATH } from './permissions';
import { PROJECT_UPLOAD_LIMITS, registerProjectRoutes } from './projects.routes';
import { registerPublicRoutes } from './public.routes';
import { registerReviewRoutes } from './review.routes';
import { seedProgramsDemo } from './seed/demo';
import { RECEIPT_MAIL_JOB, sendReceiptMail } from './services/applications/receipt-mail';
import { REMINDER_JOB } from './services/projects/funded-project-rules';
import { PROGRAMS_INDICATORS } from './services/indicators';
import {
  MEMBER_PROJECTS_PATH,
  remindMilestone,
} from './services/projects/remind-project-milestone';
import { programsWorkWaiting } from './services/work-waiting';
import {
  PROGRAMME_DOCUMENTS_ROUTE,
  PROGRAMME_DOCUMENTS_UPLOAD_LIMIT,
  registerStaffRoutes,
} from './staff.routes';
import { APPLICATIONS_PATH } from './ui/application-pages';
import { REVIEWS_PATH } from './ui/review-sheet-page';

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

/** Programmes, calls, applications, review, decisions and funded projects (decision 010). */
export const programsModule: ModuleManifest = {
  id: 'programs',
  tables,
  messages: programsCatalog,
  capabilities: PROGRAMS_CAPABILITIES,
  nav: {
    main: {
      path: '/programs',
      title: 'programs.module.title',
      description: 'programs.module.description',
      order: 20,
    },
    backoffice: [
      {
        path: STAFF_PATH,
        title: 'programs.nav.staff',
        description: 'programs.nav.staffDescription',
        order: 30,
        capability: 'programs.programme:manage',
      },
    ],
    account: [
      { path: APPLICATIONS_PATH, title: 'programs.application.mine', order: 20 },
      { path: MEMBER_PROJECTS_PATH, title: 'programs.project.mine', order: 21 },
      { path: REVIEWS_PATH, title: 'programs.review.mine', order: 22 },
    ],
  },
  workWaiting: programsWorkWaiting,
  indicators: PROGRAMS_INDICATORS,
  homeBlocks: programsHomeBlocks,
  search: programsSearchSources,
  personalData: programsPersonalData,
  sitemap: programsSitemap,
  middleware: [hideStaffPages],
  uploadLimits: {
    // The application form carries its attachments: one at the largest a call may allow, and
    // the multipart envelope and the answers around it.
    [APPLICATION_FORM_ROUTE]: ATTACHMENT_MAX_BYTES_CEILING + 1_000_000,
    ...PROJECT_UPLOAD_LIMITS,
    [PROGRAMME_DOCUMENTS_ROUTE]: PROGRAMME_DOCUMENTS_UPLOAD_LIMIT,
  },
  jobs: { [REMINDER_JOB]: remindMilestone, [RECEIPT_MAIL_JOB]: sendReceiptMail },
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
  seeds: {
    async demo(deps) {
      await seedProgramsDemo(deps);
    },
  },
};
