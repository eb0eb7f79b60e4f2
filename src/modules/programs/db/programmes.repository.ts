import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  organizationFacts,
  organizationFactsBySlug,
  type DirectoryOrganizationFacts,
} from '../../directory';
import { programsProgrammes } from './tables';

export type ProgrammeRow = typeof programsProgrammes.$inferSelect;
export type NewProgrammeRow = typeof programsProgrammes.$inferInsert;

const p = programsProgrammes;

/** The constraint a unique violation names (programs_*_slug_uq), or undefined for other errors. */
export function violatedUnique(err: unknown): string | undefined {
  const e = err as { code?: string; constraint?: string; cause?: unknown };
  if (e?.code === '23505') return e.constraint ?? 'unknown';
  return e?.cause ? violatedUnique(e.cause) : undefined;
}

export async function insertProgramme(db: Db, row: NewProgrammeRow): Promise<ProgrammeRow> {
  const [created] = await db.insert(p).values(row).returning();
  return created!;
}

/** Updates only when the stored version is the expected one; undefined means a stale edit. */
export async function updateProgrammeRow(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: Partial<NewProgrammeRow>,
): Promise<ProgrammeRow | undefined> {
  const [updated] = await db
    .update(p)
    .set({ ...patch, version: sql`${p.version} + 1`, updatedAt: new Date() })
    .where(and(eq(p.id, id), eq(p.version, expectedVersion)))
    .returning();
  return updated;
}

export async function findProgrammeBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(p).where(eq(p.slug, slug));
  return row;
}

export async function findProgrammeById(db: Db, id: string) {
  const [row] = await db.select().from(p).where(eq(p.id, id));
  return row;
}

export async function programmeSlugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: p.id }).from(p).where(eq(p.slug, slug));
  return Boolean(row);
}

/** A page of programmes in the given states, newest first (published, else created). */
export async function findProgrammeRows(
  db: Db,
  params: { statuses: readonly string[]; kind?: string; limit: number; offset: number },
): Promise<{ rows: ProgrammeRow[]; total: number }> {
  const where = and(
    inArray(p.status, [...params.statuses]),
    params.kind ? eq(p.kind, params.kind) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(p)
      .where(where)
      .orderBy(desc(sql`coalesce(${p.publishedAt}, ${p.createdAt})`), p.slug)
      .limit(params.limit)
      .offset(params.offset),
    db.select({ n: count() }).from(p).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** What a programme shows of a directory organisation (the poster of a challenge). */
export interface OrganizationRef {
  id: string;
  slug: string;
  name: string;
}

const organizationRef = (
  facts: DirectoryOrganizationFacts | undefined,
): OrganizationRef | undefined =>
  facts && { id: facts.id, slug: facts.slug, name: facts.name };

/** A live directory organisation by its profile slug (read through the directory's index). */
export async function findOrganizationRefBySlug(db: Db, slug: string) {
  const facts = await organizationFactsBySlug(db, slug);
  return facts?.isLive ? organizationRef(facts) : undefined;
}

export async function findOrganizationRefById(db: Db, id: string) {
  return organizationRef(await organizationFacts(db, id));
}
