// Who may do what with plans. Centre staff and administrators manage plans, tasks, targets and
// the document register; an agency officer (role `agency`) sees the tasks its organisation leads
// or co-ordinates and reports progress on those it leads — never another agency's.
import { can, defineCapabilities, type Actor } from '../../platform/authz';

export const PLANS_PATH = '/admin/plans';
export const AGENCY_TASKS_PATH = `${PLANS_PATH}/my-tasks`;
export const REGISTER_PATH = `${PLANS_PATH}/register`;
export const AGENCIES_PATH = `${PLANS_PATH}/agencies`;
export const FRAMEWORKS_PATH = `${PLANS_PATH}/frameworks`;
export const ASSESSMENTS_PATH = `${PLANS_PATH}/assessments`;
export const EVIDENCE_PACK_PATH = `${PLANS_PATH}/evidence-pack`;

export const PLANS_CAPABILITIES = defineCapabilities('plans', {
  'plans.plan:manage': ['admin', 'staff'],
  'plans.task:report': ['admin', 'staff', 'agency'],
  'plans.register:issue': ['admin', 'staff'],
});

declare module '../../platform/authz/capabilities' {
  interface ModuleCapabilities extends Record<keyof typeof PLANS_CAPABILITIES, true> {}
}

export const canManagePlans = (actor: Actor) => can(actor, 'plans.plan:manage');
export const canReportTasks = (actor: Actor) => can(actor, 'plans.task:report');
export const canIssueNumbers = (actor: Actor) => can(actor, 'plans.register:issue');

/** The agencies an officer acts for (directory organisation ids); staff act for the centre. */
export interface AgencyScope {
  isStaff: boolean;
  agencyIds: readonly string[];
}

/** Whether this officer may see a task: staff any; an agency its lead or co-ordinated ones. */
export function canSeeTask(
  scope: AgencyScope,
  task: { leadAgencyId: string | null; coordinatingAgencyIds: readonly string[] },
): boolean {
  if (scope.isStaff) return true;
  return scope.agencyIds.some(
    (id) => id === task.leadAgencyId || task.coordinatingAgencyIds.includes(id),
  );
}

/** Progress is reported by the lead agency (and by staff). */
export const canReportOnTask = (scope: AgencyScope, task: { leadAgencyId: string | null }) =>
  scope.isStaff || (task.leadAgencyId !== null && scope.agencyIds.includes(task.leadAgencyId));
