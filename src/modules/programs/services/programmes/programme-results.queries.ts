// What a programme's page shows of its past calls: each closed call with the winners staff
// published (the same query as the winners page), the organisations named as in the directory.
import type { AuditContext } from '../../../../platform/audit';
import { organizationFactsByIds } from '../../../directory';
import type { CallRow } from '../../db/calls.repository';
import type { ProgrammeRow } from '../../db/programmes.repository';
import { findPublishedWinners } from '../../db/review.repository';
import { phaseAt } from '../../domain/call-window';
import type { ClockDeps } from '../common';

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
  deps: ClockDeps,
  acting: AuditContext,
  input: { programme: ProgrammeRow; calls: readonly CallRow[] },
): Promise<PastResult[]> {
  const db = deps.database.db;
  const { programme, calls } = input;
  const now = deps.clock();
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
