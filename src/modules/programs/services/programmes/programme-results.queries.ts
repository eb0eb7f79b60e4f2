// What a programme's page shows of its past calls: each closed call with the winners staff
// published (the same query as the winners page), the organisations named as in the directory.
import type { Db } from '../../../../platform/db/client';
import { organizationFactsByIds } from '../../../directory';
import type { CallRow } from '../../db/calls.repository';
import type { ProgrammeRow } from '../../db/programmes.repository';
import { findPublishedWinners } from '../../db/review.repository';
import { phaseAt } from '../../domain/call-window';

export interface PastResult {
  call: CallRow;
  winners: {
    outcome: string;
    prize: { title: { vi: string; en: string } } | null;
    /** The directory profile's address, when it is still listed. */
    organizationSlug?: string;
    organizationName: string;
  }[];
}

/** The closed calls among `calls` (those the reader may see), latest first, with their winners. */
export async function pastResultsOf(
  db: Db,
  programme: ProgrammeRow,
  calls: readonly CallRow[],
  now: Date,
): Promise<PastResult[]> {
  const closed = calls
    .filter((call) => call.status === 'archived' || phaseAt(call, now) === 'closed')
    .reverse();
  if (closed.length === 0) return [];
  const winners = await findPublishedWinners(db, programme.id);
  const facts = await organizationFactsByIds(
    db,
    winners.map((w) => w.organizationId),
  );
  return closed.map((call) => ({
    call,
    winners: winners
      .filter((w) => w.callId === call.id)
      .map((w) => {
        const organization = facts.get(w.organizationId);
        return {
          outcome: w.outcome,
          prize: w.prize,
          organizationSlug: organization?.isLive ? organization.slug : undefined,
          organizationName: organization?.name ?? '',
        };
      }),
  }));
}
