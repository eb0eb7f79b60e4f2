import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import type { ModuleManifest } from '../../platform/modules/manifest';
import * as tables from './db/tables';
import { challengesCatalog } from './i18n';
import {
  canScopeProblems,
  CHALLENGES_CAPABILITIES,
  CHALLENGES_PATH,
  PROBLEMS_PATH,
  STAFF_PATH,
} from './permissions';
import { registerPilotEndingRoutes } from './pilot-ending.routes';
import { registerPilotRoutes } from './pilots.routes';
import { registerProblemRoutes } from './problems.routes';
import { registerPublicRoutes } from './public.routes';
import { CHALLENGE_FILES_UPLOAD_LIMITS, registerRecordRoutes } from './records.routes';
import { registerCollectionRoutes } from './collections.routes';
import { registerResultsRoutes } from './results.routes';
import { seedChallengesDemo } from './seed/demo';
import { challengesPersonalData } from './services/personal-data';
import { challengesProfileBlocks } from './services/profile-blocks';
import { challengesSitemap } from './services/sitemap';
import { challengesHomeBlocks, challengesSearchSources } from './services/home-and-search';
import { CHALLENGES_INDICATORS } from './services/indicators';
import { askFollowUp } from './services/pilot-follow-up';
import { FOLLOW_UP_JOB } from './services/pilot-outcome';
import { remindCheckIn } from './services/pilot-reminder';
import { CHECK_IN_JOB } from './services/start-pilot';
import { challengesWorkWaiting } from './services/work-waiting';
import { registerStaffRoutes } from './staff.routes';
import { registerTaskOrderRoutes, TASK_ORDER_UPLOAD_LIMITS } from './task-order.routes';

/** The centre's pages do not exist for signed-in accounts that may not scope (404). */
const hideStaffPages: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { actor } = c.get('ctx');
  const path = c.req.path;
  const isStaffPath = path === STAFF_PATH || path.startsWith(`${STAFF_PATH}/`);
  if (isStaffPath && actor.kind === 'user' && !canScopeProblems(actor))
    throw new AppError('NOT_FOUND');
  await next();
};

/** Open innovation: problems owners bring, scoped with the centre and published as challenges. */
export const challengesModule: ModuleManifest = {
  id: 'challenges',
  tables,
  messages: challengesCatalog,
  capabilities: CHALLENGES_CAPABILITIES,
  nav: {
    main: {
      path: CHALLENGES_PATH,
      title: 'challenges.module.title',
      description: 'challenges.module.description',
      order: 40,
    },
    backoffice: [
      {
        path: STAFF_PATH,
        title: 'challenges.nav.staff',
        description: 'challenges.nav.staffDescription',
        order: 25,
        capability: 'challenges.problem:scope',
      },
      {
        path: `${STAFF_PATH}/figures`,
        title: 'challenges.nav.figures',
        description: 'challenges.nav.figuresDescription',
        order: 26,
        capability: 'challenges.problem:scope',
      },
    ],
    account: [
      {
        path: PROBLEMS_PATH,
        title: 'challenges.nav.problems',
        description: 'challenges.nav.problemsDescription',
        order: 40,
      },
    ],
  },
  workWaiting: challengesWorkWaiting,
  middleware: [hideStaffPages],
  uploadLimits: { ...TASK_ORDER_UPLOAD_LIMITS, ...CHALLENGE_FILES_UPLOAD_LIMITS },
  indicators: CHALLENGES_INDICATORS,
  jobs: { [CHECK_IN_JOB]: remindCheckIn, [FOLLOW_UP_JOB]: askFollowUp },
  homeBlocks: challengesHomeBlocks,
  profileBlocks: challengesProfileBlocks,
  personalData: challengesPersonalData,
  sitemap: challengesSitemap,
  search: challengesSearchSources,
  register(router) {
    registerStaffRoutes(router);
    registerTaskOrderRoutes(router);
    // Before the public routes: /challenges/problems, /pilots and /labs are not challenges' addresses.
    registerProblemRoutes(router);
    registerPilotRoutes(router);
    registerPilotEndingRoutes(router);
    registerCollectionRoutes(router);
    registerPublicRoutes(router);
    registerRecordRoutes(router);
    registerResultsRoutes(router);
  },
  seeds: {
    async demo(deps) {
      await seedChallengesDemo(deps);
    },
  },
};
