// What a piece of the portal's content is, and the editorial workflow it goes through:
// draft → in review → scheduled → published → archived, with the way back at each step.
export const CONTENT_KINDS = ['news', 'announcement', 'story', 'page', 'partner', 'faq'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The kinds listed under /news, newest first; the others have pages of their own. */
export const NEWS_KINDS: readonly ContentKind[] = ['news', 'announcement', 'story'];

export const CONTENT_STATUSES = [
  'draft',
  'in_review',
  'scheduled',
  'published',
  'archived',
] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** A record of another module an item is about. */
export interface ContentLink {
  type: 'organization' | 'person' | 'programme' | 'event';
  slug: string;
  /** Its name when linked, shown even if the record later changes its name. */
  label: string;
}

/** The fields an editor writes: what a revision keeps and the diff compares. */
export interface ItemFields {
  kind: ContentKind;
  titleVi: string;
  titleEn: string;
  summaryVi: string;
  summaryEn: string;
  bodyVi: string;
  bodyEn: string;
  coverKey: string | null;
  coverAltVi: string;
  coverAltEn: string;
  tags: string[];
  topics: string[];
  links: ContentLink[];
  authorName: string;
  isFeatured: boolean;
}

export type RevisionSnapshot = ItemFields & { status: ContentStatus; publishAt: string | null };

/** The workflow's steps; who may take each is the module's permissions. */
export const WORKFLOW_STEPS = [
  'submit',
  'return',
  'publish',
  'schedule',
  'unschedule',
  'unpublish',
  'restore',
] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

const FROM: Record<WorkflowStep, readonly ContentStatus[]> = {
  submit: ['draft'],
  return: ['in_review', 'scheduled'],
  publish: ['draft', 'in_review', 'scheduled'],
  schedule: ['draft', 'in_review', 'scheduled'],
  unschedule: ['scheduled'],
  unpublish: ['published'],
  restore: ['archived'],
};

const TO: Record<WorkflowStep, ContentStatus> = {
  submit: 'in_review',
  return: 'draft',
  publish: 'published',
  schedule: 'scheduled',
  unschedule: 'in_review',
  unpublish: 'archived',
  restore: 'draft',
};

/** The status a step leads to from `status`, or undefined when the step does not apply. */
export function statusAfter(status: ContentStatus, step: WorkflowStep): ContentStatus | undefined {
  return FROM[step].includes(status) ? TO[step] : undefined;
}

export const stepsFrom = (status: ContentStatus): WorkflowStep[] =>
  WORKFLOW_STEPS.filter((step) => FROM[step].includes(status));

/** Visitors see published items only; everything else is staff's (or a preview link's). */
export const isPublic = (status: string) => status === 'published';

/** The fields of an item as its revision snapshot records them. */
export const fieldsOf = (row: ItemFields): ItemFields => ({
  kind: row.kind,
  titleVi: row.titleVi,
  titleEn: row.titleEn,
  summaryVi: row.summaryVi,
  summaryEn: row.summaryEn,
  bodyVi: row.bodyVi,
  bodyEn: row.bodyEn,
  coverKey: row.coverKey,
  coverAltVi: row.coverAltVi,
  coverAltEn: row.coverAltEn,
  tags: row.tags,
  topics: row.topics,
  links: row.links,
  authorName: row.authorName,
  isFeatured: row.isFeatured,
});
