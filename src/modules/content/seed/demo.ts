// The demo portal loaded on a fresh database outside production: the same items every time,
// dated back from the clock so the home page always shows a fresh month.
import { randomBytes } from 'node:crypto';
import type { AuditContext } from '../../../platform/audit';
import { ANONYMOUS } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { countItems, insertItem } from '../db/items.repository';
import { recordRevision } from '../services/save-item';
import { DEMO_ITEMS } from './demo-items';

const SEED: AuditContext = { actor: ANONYMOUS, label: 'demo seed' };
const DAY = 86_400_000;

export async function seedContentDemo(deps: Pick<AppDeps, 'database' | 'clock'>): Promise<void> {
  const db = deps.database.db;
  if ((await countItems(db, {})) > 0) return;
  const now = deps.clock().getTime();
  await db.transaction(async (tx) => {
    for (const d of DEMO_ITEMS) {
      const at = new Date(now - (d.daysAgo ?? 1) * DAY);
      const item = await insertItem(tx, {
        kind: d.kind,
        slug: d.slug,
        status: d.daysAgo === undefined ? 'draft' : 'published',
        titleVi: d.titleVi,
        titleEn: d.titleEn ?? '',
        summaryVi: d.summaryVi,
        summaryEn: d.summaryEn ?? '',
        bodyVi: d.bodyVi,
        bodyEn: d.bodyEn ?? '',
        topics: d.topics ?? [],
        tags: d.tags ?? [],
        authorName: d.authorName ?? '',
        isFeatured: d.isFeatured ?? false,
        publishedAt: d.daysAgo === undefined ? null : at,
        previewToken: randomBytes(18).toString('base64url'),
        createdAt: at,
        updatedAt: at,
      });
      await recordRevision(tx, SEED, 'create', item);
    }
  });
}
