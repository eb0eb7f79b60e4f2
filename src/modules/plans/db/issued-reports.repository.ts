// The reports the platform wrote and numbered, with the register entry that numbered them.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { plansIssuedReports, plansRegisterEntries } from './tables';

export type IssuedReportRow = typeof plansIssuedReports.$inferSelect;
export type IssuedReport = IssuedReportRow & {
  entry: typeof plansRegisterEntries.$inferSelect;
};

/** Inserts the report unless its form key was used already: then nothing (undefined). */
export async function insertIssuedReport(
  db: Db,
  row: typeof plansIssuedReports.$inferInsert,
): Promise<IssuedReportRow | undefined> {
  const [created] = await db
    .insert(plansIssuedReports)
    .values(row)
    .onConflictDoNothing({ target: plansIssuedReports.formKey })
    .returning();
  return created;
}

async function firstIssued(db: Db, where: ReturnType<typeof eq>) {
  const [row] = await db
    .select({ report: plansIssuedReports, entry: plansRegisterEntries })
    .from(plansIssuedReports)
    .innerJoin(
      plansRegisterEntries,
      eq(plansRegisterEntries.id, plansIssuedReports.registerEntryId),
    )
    .where(where)
    .limit(1);
  return row ? { ...row.report, entry: row.entry } : undefined;
}

export function issuedReportByKey(db: Db, formKey: string): Promise<IssuedReport | undefined> {
  return firstIssued(db, eq(plansIssuedReports.formKey, formKey));
}

export function issuedReportOfPlan(
  db: Db,
  planId: string,
  id: string,
): Promise<IssuedReport | undefined> {
  return firstIssued(
    db,
    and(eq(plansIssuedReports.planId, planId), eq(plansIssuedReports.id, id))!,
  );
}
