// Two versions of an item compared field by field: for each field that changed, its words
// before and after, the removed and added runs marked, for a side-by-side view.
import { diffWords } from 'diff';
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import type { RevisionSnapshot } from '../domain/content-item';
import type { RevisionRow } from '../db/items.repository';
import { getItemForStaff } from './items.queries';

export interface DiffPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

export interface FieldDiff {
  field: keyof RevisionSnapshot;
  before: DiffPart[];
  after: DiffPart[];
}

const COMPARED: (keyof RevisionSnapshot)[] = [
  'kind',
  'status',
  'titleVi',
  'summaryVi',
  'bodyVi',
  'titleEn',
  'summaryEn',
  'bodyEn',
  'coverKey',
  'coverAltVi',
  'coverAltEn',
  'tags',
  'topics',
  'links',
  'authorName',
  'isFeatured',
  'publishAt',
];

const asText = (value: RevisionSnapshot[keyof RevisionSnapshot]): string => {
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : `${v.label} (${v.slug})`)).join(', ');
  return value === null ? '' : String(value);
};

export function compareSnapshots(a: RevisionSnapshot, b: RevisionSnapshot): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const field of COMPARED) {
    const before = asText(a[field]);
    const after = asText(b[field]);
    if (before === after) continue;
    const parts = diffWords(before, after);
    out.push({
      field,
      before: parts
        .filter((p) => !p.added)
        .map((p) => ({ text: p.value, change: p.removed ? 'removed' : 'same' })),
      after: parts
        .filter((p) => !p.removed)
        .map((p) => ({ text: p.value, change: p.added ? 'added' : 'same' })),
    });
  }
  return out;
}

export async function getRevisionDiff(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  acting: AuditContext,
  input: { id: string; from: number; to: number },
): Promise<{ from: RevisionRow; to: RevisionRow; fields: FieldDiff[]; title: string }> {
  const { item, revisions } = await getItemForStaff(deps, acting, input.id);
  const from = revisions.find((r) => r.version === input.from);
  const to = revisions.find((r) => r.version === input.to);
  if (!from || !to) throw new AppError('NOT_FOUND');
  return { from, to, fields: compareSnapshots(from.snapshot, to.snapshot), title: item.titleVi };
}
