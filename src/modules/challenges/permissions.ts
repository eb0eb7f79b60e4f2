// Who may do what with challenges. The centre (staff, admins) scopes and approves problems and
// publishes challenges; an owner organisation's members draft, refine and submit its problems and
// answer its challenges' questions. Which organisation someone acts for is a relationship read
// from identity and the directory (services/owners.ts), not a role. A problem or a confidential
// challenge someone may not see does not exist for them (404).
import { can, defineCapabilities, type Actor } from '../../platform/authz';
import { CENTRE_STEPS, isEditableStatus, type ProblemStep } from './domain/problem';

export const CHALLENGES_PATH = '/challenges';
export const PROBLEMS_PATH = `${CHALLENGES_PATH}/problems`;
export const STAFF_PATH = '/admin/challenges';

export const CHALLENGES_CAPABILITIES = defineCapabilities('challenges', {
  'challenges.problem:scope': ['admin', 'staff'],
  'challenges.challenge:publish': ['admin', 'staff'],
  'challenges.pilot:manage': ['admin', 'staff'],
  // Ordering a state-funded S&T task from a challenge (đặt hàng) and recording its chain.
  'challenges.task:order': ['admin', 'staff'],
});

declare module '../../platform/authz/capabilities' {
  interface ModuleCapabilities extends Record<keyof typeof CHALLENGES_CAPABILITIES, true> {}
}

export const canScopeProblems = (actor: Actor) => can(actor, 'challenges.problem:scope');
export const canPublishChallenges = (actor: Actor) => can(actor, 'challenges.challenge:publish');
export const canManagePilots = (actor: Actor) => can(actor, 'challenges.pilot:manage');
export const canOrderTasks = (actor: Actor) => can(actor, 'challenges.task:order');

/** How an actor stands to one problem. */
export interface ProblemAccess {
  /** A member of the account organisation that manages the owner's directory profile. */
  isOwner: boolean;
  isCentre: boolean;
}

export const canSeeProblem = (a: ProblemAccess) => a.isOwner || a.isCentre;

/** Both sides refine the text until approval. */
export const canEditProblem = (a: ProblemAccess, status: string) =>
  canSeeProblem(a) && isEditableStatus(status);

/** The owner submits and withdraws; the centre asks for changes and approves. */
export const canTakeStep = (a: ProblemAccess, step: ProblemStep) =>
  CENTRE_STEPS.includes(step) ? a.isCentre : a.isOwner;

/** Confidential challenges exist only for their owner, the centre and invited solvers. */
export const canSeeChallenge = (
  challenge: { isConfidential: boolean },
  a: ProblemAccess & { isInvited: boolean },
) => !challenge.isConfidential || a.isOwner || a.isCentre || a.isInvited;

/** A published challenge's owner and the centre correct it and publish its files. */
export const canManageChallenge = (a: ProblemAccess) => a.isOwner || a.isCentre;

/** Questions are answered by the owner, or by the centre on its behalf. */
export const canAnswerQuestions = (a: ProblemAccess) => a.isOwner || a.isCentre;

/** How an actor stands to one pilot: one of its two sides, or the centre. */
export interface PilotAccess {
  isOwner: boolean;
  isSolver: boolean;
  isCentre: boolean;
}

/** A pilot exists for its two sides and the centre only. */
export const canSeePilot = (a: PilotAccess) => a.isOwner || a.isSolver || a.isCentre;

/** Each side reports for itself at a check-in; the centre reads. */
export const canReportFor = (a: PilotAccess, side: 'owner' | 'solver') =>
  side === 'owner' ? a.isOwner : a.isSolver;
