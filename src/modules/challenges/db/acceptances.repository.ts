// Who committed to a challenge: the solvers that accepted any version of its agreement.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { challengesAgreementAcceptances as acceptances } from './tables';

export async function acceptedOrganizationIds(db: Db, challengeId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: acceptances.organizationId })
    .from(acceptances)
    .where(eq(acceptances.challengeId, challengeId));
  return rows.map((r) => r.id);
}
