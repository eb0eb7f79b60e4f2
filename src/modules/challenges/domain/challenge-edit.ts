// Corrections of a published challenge: what changed between two states, which changes are
// material to solvers (they are written to), and when a challenge may still be corrected. No I/O.
import type { ChallengeDocument, Reward } from './challenge';

export const CHANGE_FIELDS = [
  'title',
  'summary',
  'eligibility',
  'opensAt',
  'closesAt',
  'rewards',
  'documents',
  'agreement',
] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/** One part that changed; a date keeps both instants (ISO) so the log can say where it moved. */
export interface ChallengeChange {
  field: ChangeField;
  from?: string;
  to?: string;
}

/** What solvers who committed to the challenge must hear about: timeline, rewards, eligibility, terms. */
export const MATERIAL_FIELDS: readonly ChangeField[] = [
  'opensAt',
  'closesAt',
  'rewards',
  'eligibility',
  'agreement',
];

export const isMaterial = (changes: readonly ChallengeChange[]) =>
  changes.some((c) => MATERIAL_FIELDS.includes(c.field));

/** Open and closed challenges may be corrected; a solved or cancelled one is a record. */
export const isCorrectable = (status: string) => status === 'open' || status === 'closed';

export interface ChallengeText {
  title: string;
  summary: string;
  eligibility: string;
  opensAt: Date;
  closesAt: Date;
  rewards: readonly Reward[];
  documents: readonly ChallengeDocument[];
  agreementText: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const rewardKey = (r: Reward) => ({ k: r.kind, d: r.description, a: r.amountVnd ?? null });
const documentKey = (d: ChallengeDocument) => ({ k: d.kind, t: d.title, u: d.url });

/** The parts that differ, in the order of CHANGE_FIELDS. */
export function changesBetween(before: ChallengeText, after: ChallengeText): ChallengeChange[] {
  const out: ChallengeChange[] = [];
  for (const field of ['title', 'summary', 'eligibility'] as const)
    if (before[field] !== after[field]) out.push({ field });
  for (const field of ['opensAt', 'closesAt'] as const)
    if (before[field].getTime() !== after[field].getTime())
      out.push({ field, from: before[field].toISOString(), to: after[field].toISOString() });
  if (!same(before.rewards.map(rewardKey), after.rewards.map(rewardKey)))
    out.push({ field: 'rewards' });
  if (!same(before.documents.map(documentKey), after.documents.map(documentKey)))
    out.push({ field: 'documents' });
  if (before.agreementText !== after.agreementText) out.push({ field: 'agreement' });
  return out;
}
