// Who has started an application to a call, for other modules that write to them (challenges:
// the solvers told when a challenge they are answering changes).
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { programsApplications as applications } from './tables';

/** The organisations with a draft or a submission to the call; a withdrawn one has left it. */
export async function applicantOrganizationIds(db: Db, callId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: applications.organizationId })
    .from(applications)
    .where(and(eq(applications.callId, callId), ne(applications.status, 'withdrawn')));
  return rows.map((r) => r.id);
}
