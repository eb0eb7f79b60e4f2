// The library of policies and legal documents: the texts startups and staff look up.
export const LEGAL_DOC_TYPES = [
  'law',
  'decree',
  'decision',
  'circular',
  'resolution',
  'plan',
  'guidance',
  'dispatch',
] as const;
export type LegalDocType = (typeof LEGAL_DOC_TYPES)[number];

export const LEGAL_STATUSES = ['in_force', 'amended', 'replaced', 'expired', 'not_yet'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** `from` replaces, amends or guides `to`. */
export const LEGAL_RELATIONS = ['replaces', 'amends', 'guides'] as const;
export type LegalRelation = (typeof LEGAL_RELATIONS)[number];

/**
 * The status a document reaches when another relates to it: a replaced text is no longer in
 * force; an amended one still is, as amended.
 */
export function statusWhenRelated(relation: LegalRelation): LegalStatus | undefined {
  if (relation === 'replaces') return 'replaced';
  if (relation === 'amends') return 'amended';
  return undefined;
}
