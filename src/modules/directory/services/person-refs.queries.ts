// A person as the API addresses them: by id or by slug, with their links to organisations.
import type { AppDeps } from '../../../platform/deps';
import { linksOfPeople } from '../db/people-listing.repository';
import { findPersonById, findPersonBySlug, type PersonRow } from '../db/people.repository';
import { isUuid } from '../../../platform/input/uuid';

export type { PersonRow };

/** The person a reference names (a UUID is an id, anything else a slug), unless archived. */
export async function livePersonByRef(
  deps: Pick<AppDeps, 'database'>,
  input: { ref: string },
): Promise<PersonRow | undefined> {
  const { db } = deps.database;
  const { ref } = input;
  const row = isUuid(ref) ? await findPersonById(db, ref) : await findPersonBySlug(db, ref);
  return row && !row.archivedAt ? row : undefined;
}

export const linksOfPerson = (deps: Pick<AppDeps, 'database'>, input: { personId: string }) =>
  linksOfPeople(deps.database.db, [input.personId]);
