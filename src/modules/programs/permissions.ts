// Who may do what with programmes and calls. Staff pages live under STAFF_PATH; a signed-in
// account without the capability finds nothing there (404), as for any resource it may not see.
import { can, defineCapabilities, STAFF_ROLES, type Actor } from '../../platform/authz';
import type { Status } from './contracts';

export const STAFF_PATH = '/admin/programs';

/** The programmes module's capabilities and the roles that hold them. */
export const PROGRAMS_CAPABILITIES = defineCapabilities('programs', {
  'programs.programme:manage': STAFF_ROLES,
  'programs.call:manage': STAFF_ROLES,
  'programs.extension:grant': STAFF_ROLES,
  'programs.review:manage': STAFF_ROLES,
  'programs.decision:make': STAFF_ROLES,
  'programs.project:manage': STAFF_ROLES,
  'programs.vote:manage': STAFF_ROLES,
  'programs.council:manage': STAFF_ROLES,
});

declare module '../../platform/authz/capabilities' {
  interface ModuleCapabilities extends Record<keyof typeof PROGRAMS_CAPABILITIES, true> {}
}

export const canManageProgrammes = (actor: Actor) => can(actor, 'programs.programme:manage');
export const canManageCalls = (actor: Actor) => can(actor, 'programs.call:manage');
export const canGrantExtensions = (actor: Actor) => can(actor, 'programs.extension:grant');

/** Drafts are for staff; published and archived programmes (past results) are public. */
export function canSeeProgramme(actor: Actor, programme: { status: string }): boolean {
  return programme.status !== 'draft' || canManageProgrammes(actor);
}

/** The states of programmes a list shows this actor; the public list shows running ones. */
export const listedStatuses = (actor: Actor): readonly Status[] =>
  canManageProgrammes(actor) ? ['draft', 'published', 'archived'] : ['published'];

/** A call is public once published (archived calls stay on the timeline) in a visible programme. */
export const visibleCallStatuses = (actor: Actor): readonly Status[] =>
  canManageCalls(actor) ? ['draft', 'published', 'archived'] : ['published', 'archived'];

/**
 * What an account may do with an application. The applying organisation's accounts (members of
 * the account organisation that manages its directory profile) read it; its creator, its
 * co-editors and the account organisation's owners and admins edit it. Staff read every one and
 * may reopen a submitted one. Anyone else finds nothing (404).
 */
export type ApplicationAccess = 'edit' | 'read' | 'staff';

export function applicationAccessOf(
  actor: Actor,
  facts: { isMember: boolean; isManager: boolean; isCreator: boolean; isCoEditor: boolean },
): ApplicationAccess | undefined {
  if (facts.isMember) {
    return facts.isManager || facts.isCreator || facts.isCoEditor ? 'edit' : 'read';
  }
  return canManageCalls(actor) ? 'staff' : undefined;
}

/** Staff reopen submitted applications (an amendment then becomes the next version). */
export const canReopenApplications = canManageCalls;

/** Staff set up review rounds, assign reviewers and read every sheet and the ranking. */
export const canManageReviews = (actor: Actor) => can(actor, 'programs.review:manage');
/** Staff decide on applications and publish the winners. */
export const canDecide = (actor: Actor) => can(actor, 'programs.decision:make');

/**
 * Reviewers act only through their assignments: a sheet is scored by the account it was
 * assigned to, from a browser session (an API key never scores). Anyone else finds nothing.
 */
export function canScore(actor: Actor, assignment: { reviewerId: string }): boolean {
  return actor.kind === 'user' && !actor.apiKey && actor.user.id === assignment.reviewerId;
}

/** Staff run the public votes: choose the entries, open and close, read the tally and flags. */
export const canManageVotes = (actor: Actor) => can(actor, 'programs.vote:manage');
/** Staff compose councils, record their meetings and print the minutes. */
export const canManageCouncils = (actor: Actor) => can(actor, 'programs.council:manage');

/** A ballot is cast by a signed-in account from a browser session (an API key never votes). */
export function canVote(actor: Actor): actor is Extract<Actor, { kind: 'user' }> {
  return actor.kind === 'user' && !actor.apiKey;
}
