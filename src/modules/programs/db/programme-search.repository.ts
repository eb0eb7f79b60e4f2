// What the portal-wide search reads of programmes: the published ones, and a stamp that moves
// with every change.
import { count, eq, inArray, max, sum } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { programsProgrammes as programmes } from './tables';

export type SearchedProgramme = typeof programmes.$inferSelect;

export async function programmesStamp(db: Db): Promise<string> {
  const [row] = await db
    .select({ n: count(), versions: sum(programmes.version), at: max(programmes.updatedAt) })
    .from(programmes);
  return `${row?.n ?? 0}:${row?.versions ?? 0}:${row?.at?.getTime() ?? 0}`;
}

export function publishedProgrammes(db: Db): Promise<SearchedProgramme[]> {
  return db.select().from(programmes).where(eq(programmes.status, 'published'));
}

export function programmesByIds(db: Db, ids: readonly string[]): Promise<SearchedProgramme[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(programmes)
    .where(inArray(programmes.id, [...ids]));
}
