// The success notices of the review pages (staff rounds, ranking and decisions, reviewers'
// sheets), named by the ?done= of the redirect that leads back to them.
import type { MessageKey } from '../../platform/i18n';

export const REVIEW_DONE: Readonly<Record<string, MessageKey>> = {
  created: 'programs.review.done.created',
  added: 'programs.review.done.added',
  assigned: 'programs.review.done.assigned',
  removed: 'programs.review.done.removed',
  saved: 'programs.review.done.saved',
  submitted: 'programs.review.done.submitted',
  declared: 'programs.review.done.declared',
  decided: 'programs.decision.done',
  published: 'programs.decision.done',
};
