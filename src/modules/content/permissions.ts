// Who may do what with the portal's content. Editors write and send for review; publishers
// review, schedule, publish and unpublish; centre staff and administrators do both. Anything
// unpublished does not exist for anyone else (404), except through a draft's preview link.
import { can, defineCapabilities, type Actor } from '../../platform/authz';
import type { WorkflowStep } from './domain/content-item';

export const STAFF_PATH = '/admin/content';
export const LEGAL_STAFF_PATH = `${STAFF_PATH}/legal`;

export const CONTENT_CAPABILITIES = defineCapabilities('content', {
  'content.item:edit': ['admin', 'staff', 'editor', 'publisher'],
  'content.item:publish': ['admin', 'staff', 'publisher'],
  'content.legal:manage': ['admin', 'staff', 'editor', 'publisher'],
});

declare module '../../platform/authz/capabilities' {
  interface ModuleCapabilities extends Record<keyof typeof CONTENT_CAPABILITIES, true> {}
}

export const canEditContent = (actor: Actor) => can(actor, 'content.item:edit');
export const canPublishContent = (actor: Actor) => can(actor, 'content.item:publish');
export const canManageLegal = (actor: Actor) => can(actor, 'content.legal:manage');

/** Editors send for review; every other step is a publisher's. */
export const canTakeStep = (actor: Actor, step: WorkflowStep) =>
  step === 'submit' ? canEditContent(actor) : canPublishContent(actor);

/** Editors change drafts and items in review; publishers change anything. */
export const canEditItem = (actor: Actor, status: string) =>
  canPublishContent(actor) ||
  (canEditContent(actor) && (status === 'draft' || status === 'in_review'));
