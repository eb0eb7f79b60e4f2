// A person as the API addresses them: by id or by slug, with their links to organisations.
import type { Db } from '../../../platform/db/client';
import { linksOfPeople } from '../db/people-listing.repository';
import { findPersonById, findPersonBySlug, type PersonRow } from '../db/people.repository';
import { isUuid } from '../../../platform/input/uuid';

export type { PersonRow };

/** The person a reference names (a UUID is an id, anything else a slug), unless archived. */
export async function livePersonByRef(db: Db, ref: string): Promise<PersonRow | undefined> {
  const row = isUuid(ref) ? await findPersonById(db, ref) : await findPersonBySlug(db, ref);
  return row && !row.archivedAt ? row : undefined;
}

export const linksOfPerson = (db: Db, personId: string) => linksOfPeople(db, [personId]);
