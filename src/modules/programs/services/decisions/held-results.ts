// A challenge's solutions are announced together (issue 15, item 3): while the call's results are
// unpublished its decisions stay with staff, no letter leaves and the applicant's page shows no
// decision; publishing the results sends every letter at once (decide-publish-winners.ts).
import type { Db } from '../../../../platform/db/client';
import type { CallRow } from '../../db/calls.repository';
import type { ProgrammeRow } from '../../db/programmes.repository';
import { findPublication } from '../../db/review.repository';

/** Programmes whose decisions are held back until their call's results are published. */
export const holdsResults = (programme: Pick<ProgrammeRow, 'kind'>) =>
  programme.kind === 'challenge';

export async function areResultsHeld(
  db: Db,
  call: Pick<CallRow, 'id'>,
  programme: Pick<ProgrammeRow, 'kind'>,
): Promise<boolean> {
  return holdsResults(programme) && !(await findPublication(db, call.id));
}
