import type { ModuleManifest } from '../../platform/modules/manifest';
import * as tables from './db/tables';
import { plansCatalog } from './i18n';
import { PUBLIC_TARGETS_PATH } from './ui/public-targets-page';
import { registerAssessmentsRoutes } from './assessments.routes';
import { registerEvidencePackRoutes } from './evidence-pack.routes';
import { forgetIndicatorFigures } from './services/indicator-figures';
import { registerImportRoutes } from './import.routes';
import {
  AGENCY_TASKS_PATH,
  ASSESSMENTS_PATH,
  PLANS_CAPABILITIES,
  PLANS_PATH,
  REGISTER_PATH,
} from './permissions';
import { registerPlanRoutes } from './plans.routes';
import { registerRegisterRoutes } from './register.routes';
import { registerReportRoutes } from './reports.routes';
import { registerQuarterReportRoutes } from './quarter-report.routes';
import { OPEN_REPORTS_JOB, openDueReports } from './services/report-schedule';
import {
  ESCALATE_REPORT_JOB,
  escalateReport,
  REMIND_REPORT_JOB,
  remindReport,
} from './services/report-reminders';
import { seedPlansDemo } from './seed/demo';
import { APPENDIX_MAX_BYTES } from './services/import-tasks';
import { EVIDENCE_MAX_BYTES } from './services/report-evidence';
import { plansWorkWaiting } from './services/work-waiting';
import { registerTaskRoutes } from './tasks.routes';
import { registerTargetRoutes } from './targets.routes';

/** The province's plans: tasks for each agency, targets, and the outgoing-document register. */
export const plansModule: ModuleManifest = {
  id: 'plans',
  tables,
  messages: plansCatalog,
  capabilities: PLANS_CAPABILITIES,
  nav: {
    main: {
      path: PUBLIC_TARGETS_PATH,
      title: 'plans.module.title',
      description: 'plans.module.description',
      order: 120,
    },
    backoffice: [
      {
        path: PLANS_PATH,
        title: 'plans.nav.staff',
        description: 'plans.nav.staffDescription',
        order: 40,
        capability: 'plans.plan:manage',
      },
      {
        path: REGISTER_PATH,
        title: 'plans.register.title',
        description: 'plans.register.lead',
        order: 41,
        capability: 'plans.register:issue',
      },
    ],
    account: [
      {
        path: AGENCY_TASKS_PATH,
        title: 'plans.nav.mine',
        description: 'plans.nav.mineDescription',
        order: 40,
        capability: 'plans.task:report',
      },
    ],
  },
  workWaiting: plansWorkWaiting,
  forgetOnWrite: (deps) => forgetIndicatorFigures(deps.database.db),
  jobs: {
    [OPEN_REPORTS_JOB]: openDueReports,
    [REMIND_REPORT_JOB]: remindReport,
    [ESCALATE_REPORT_JOB]: escalateReport,
  },
  uploadLimits: {
    [`${PLANS_PATH}/:id/import`]: APPENDIX_MAX_BYTES + 500_000,
    // A report's form carries its evidence files, a few per task.
    [`${PLANS_PATH}/reports/:id`]: 6 * EVIDENCE_MAX_BYTES,
    // A self-assessment's form carries evidence for several criteria at once.
    [`${ASSESSMENTS_PATH}/:id`]: 6 * EVIDENCE_MAX_BYTES,
  },
  seeds: {
    async demo(deps) {
      await seedPlansDemo(deps);
    },
  },
  register(router) {
    // Fixed paths (my-tasks, tasks/…, agencies, new) before a plan's own /admin/plans/:id.
    registerTaskRoutes(router);
    registerRegisterRoutes(router);
    registerTargetRoutes(router);
    registerReportRoutes(router);
    registerQuarterReportRoutes(router);
    registerAssessmentsRoutes(router);
    registerEvidencePackRoutes(router);
    registerImportRoutes(router);
    registerPlanRoutes(router);
  },
};
