// The register of outgoing documents. A number comes from the body's counter row for the year,
// moved by one upsert: the row stays locked until the issuing transaction ends, so concurrent
// issues queue on it and none can take a number another holds; the unique index on
// (issuer, year, number) is the last guard.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { plansRegisterCounters, plansRegisterEntries } from './tables';

export type RegisterEntryRow = typeof plansRegisterEntries.$inferSelect;

export async function takeNextNumber(db: Db, issuer: string, year: number): Promise<number> {
  const [row] = await db
    .insert(plansRegisterCounters)
    .values({ issuer, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [plansRegisterCounters.issuer, plansRegisterCounters.year],
      set: { lastNumber: sql`${plansRegisterCounters.lastNumber} + 1` },
    })
    .returning({ lastNumber: plansRegisterCounters.lastNumber });
  return row!.lastNumber;
}

export async function insertRegisterEntry(
  db: Db,
  row: typeof plansRegisterEntries.$inferInsert,
): Promise<RegisterEntryRow> {
  const [created] = await db.insert(plansRegisterEntries).values(row).returning();
  return created!;
}

export function registerEntries(
  db: Db,
  filter: { issuer?: string; year: number },
  limit: number,
): Promise<RegisterEntryRow[]> {
  return db
    .select()
    .from(plansRegisterEntries)
    .where(
      and(
        eq(plansRegisterEntries.year, filter.year),
        filter.issuer ? eq(plansRegisterEntries.issuer, filter.issuer) : undefined,
      ),
    )
    .orderBy(desc(plansRegisterEntries.number), desc(plansRegisterEntries.createdAt))
    .limit(limit);
}
