// The demo portal loaded on a fresh database outside production: the same items every time,
// dated back from the clock so the home page always shows a fresh month.
import { randomBytes } from 'node:crypto';
import type { AuditContext } from '../../../platform/audit';
import { ANONYMOUS } from '../../../platform/authz';
import type { AppDeps } from '../../../platform/deps';
import { countItems, insertItem } from '../db/items.repository';
import { recordRevision } from '../services/save-item';
import { DEMO_ITEMS } from './demo-items';
import { DEMO_LEGAL } from './demo-legal';
import { slugify } from '../../../platform/text/vietnamese';
import type { Db } from '../../../platform/db/client';
import {
  countLegal,
  insertLegal,
  replaceRelationsFrom,
  type LegalRow,
} from '../db/legal.repository';

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
    await seedLegal(tx, new Date(now));
  });
}

async function seedLegal(tx: Db, at: Date) {
  if ((await countLegal(tx, { publishedOnly: false })) > 0) return;
  const byNumber = new Map<string, LegalRow>();
  for (const { relations: _relations, ...d } of DEMO_LEGAL) {
    const row = await insertLegal(tx, {
      ...d,
      effectiveOn: d.effectiveOn ?? null,
      sectors: d.sectors ?? [],
      slug: slugify(`${d.number} ${d.titleVi}`),
      isPublished: true,
      createdAt: at,
      updatedAt: at,
    });
    byNumber.set(d.number, row);
  }
  for (const d of DEMO_LEGAL) {
    const from = byNumber.get(d.number)!;
    const links = (d.relations ?? []).map((r) => ({
      fromId: from.id,
      toId: byNumber.get(r.number)!.id,
      kind: r.kind,
    }));
    await replaceRelationsFrom(tx, from.id, links);
  }
}
