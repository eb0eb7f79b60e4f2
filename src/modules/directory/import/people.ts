// People as an import target. A row is matched to a stored person by external id; otherwise it
// is new. An existing person takes only the non-empty cells of the file's columns. Values are
// validated by the same contract as the person form (ZPersonFields), so e-mail and phone of new
// people get its restrictive default visibility (staff only). A row may link the person to one
// organisation (by tax code or profile address) with a role and a position there.
import type { Db } from '../../../platform/db/client';
import { issueMessage } from '../../../platform/input/validation';
import { findOrganizationsByTaxCodes } from '../db/organization-import.repository';
import { linksOfPeople, type PersonLink } from '../db/people-listing.repository';
import { recordChange } from '../db/organizations.repository';
import {
  findOrganizationsBySlugs,
  findPeopleByExternalIds,
  insertPeople,
  personSlugsTaken,
} from '../db/people-import.repository';
import {
  personUniqueViolation,
  updatePersonRow,
  upsertAffiliation,
  type PersonRow,
} from '../db/people.repository';
import { checkTaxCode } from '../domain/tax-code';
import type { PersonRole } from '../domain/taxonomy';
import {
  AFFILIATION_ROLES,
  RESERVED_PERSON_SLUGS,
  ZPersonFields,
  type TPersonFields,
} from '../services/create-person';
import { personSearchFields } from '../services/person-search-fields';
import { personFieldsOf, ZAffiliation } from '../services/update-person';
import type { AnyImportField } from './columns';
import { AFFILIATION_FIELDS, PEOPLE_COLUMNS, PERSON_IMPORT_FIELDS } from './people-columns';
import { personCellValue } from './people-values';
import {
  cellProblems,
  freeSlugs,
  problem,
  refused,
  sameValue,
  type ImportTarget,
  type PlannedRow,
} from './process';
import type { MappedRow } from './values';

type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

interface Link {
  organizationId: string;
  role: AffiliationRole;
  title: string | null;
}

interface Planned extends PlannedRow {
  /** The whole validated record (stored values with the file's on top). */
  fields?: TPersonFields;
  /** For update: the fields that change. */
  changed?: Partial<TPersonFields>;
  target?: PersonRow;
  /** The link to create, or whose title changes. */
  link?: Link;
}

interface OrganizationRef {
  id: string;
  archivedAt: Date | null;
  mergedInto: string | null;
}

/** The profile's own columns (the others describe the link to an organisation). */
const PROFILE_FIELDS = PERSON_IMPORT_FIELDS.filter(
  (f) => !(AFFILIATION_FIELDS as readonly string[]).includes(f),
) as (keyof TPersonFields & AnyImportField)[];

/** The link's role when the file gives none: what the person is, else a plain member. */
const ROLE_AT_ORGANIZATION: Record<PersonRole, AffiliationRole> = {
  founder: 'founder',
  investor: 'investor',
  mentor: 'mentor',
  researcher: 'researcher',
  expert: 'advisor',
};

const text = (row: MappedRow, field: AnyImportField) =>
  typeof row.values[field] === 'string' ? (row.values[field] as string) : undefined;

const externalOf = (row: MappedRow) => text(row, 'externalId') || undefined;

const taxCodeOf = (ref: string) => {
  const checked = /^\d/.test(ref) ? checkTaxCode(ref) : undefined;
  return checked?.ok ? checked.value : undefined;
};

function profileValues(row: MappedRow): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const f of PROFILE_FIELDS) if (f in row.values) values[f] = row.values[f];
  return values;
}

/** The link the row asks for, unless the person already has it as asked. */
function wantedLink(
  row: MappedRow,
  org: OrganizationRef,
  roles: readonly PersonRole[],
  links: PersonLink[],
): Link | undefined {
  const asked = row.values.affiliationRole as AffiliationRole | undefined;
  const title = text(row, 'affiliationTitle');
  const there = links.filter((l) => l.organizationId === org.id);
  const current = asked ? there.find((l) => l.role === asked) : there[0];
  if (current && (title === undefined || current.title === title)) return undefined;
  const fallback = roles.map((r) => ROLE_AT_ORGANIZATION[r]).find(Boolean) ?? 'member';
  return {
    organizationId: org.id,
    role: asked ?? (current?.role as AffiliationRole | undefined) ?? fallback,
    title: title ?? current?.title ?? null,
  };
}

/** Problems with the organisation columns of a row. */
function linkProblems(row: MappedRow, org: OrganizationRef | undefined) {
  const problems = [];
  const ref = row.cells.organization;
  if (ref === undefined) {
    if (row.cells.affiliationRole !== undefined || row.cells.affiliationTitle !== undefined)
      problems.push(
        problem(row, 'organization', { key: 'directory.importPeople.error.organizationMissing' }),
      );
  } else if (!org) {
    problems.push(
      problem(row, 'organization', {
        key: 'directory.importPeople.error.organizationUnknown',
        params: { value: ref },
      }),
    );
  } else if (org.archivedAt || org.mergedInto) {
    problems.push(
      problem(row, 'organization', {
        key: 'directory.importPeople.error.organizationGone',
        params: { value: ref },
      }),
    );
  }
  const title = ZAffiliation.shape.title.safeParse(row.values.affiliationTitle);
  if (!title.success)
    problems.push(problem(row, 'affiliationTitle', issueMessage(title.error.issues[0]!)));
  return problems;
}

/** Validates one row against what is stored and decides what to do with it. */
function planRow(
  row: MappedRow,
  found: PersonRow | undefined,
  org: OrganizationRef | undefined,
  links: PersonLink[],
): Planned {
  if (found?.archivedAt)
    return refused(row, 'externalId', { key: 'directory.importPeople.error.archived' });
  const planned: Planned = {
    row,
    action: 'failed',
    problems: [...cellProblems(row), ...linkProblems(row, org)],
  };
  const input = found
    ? { ...personFieldsOf(found), ...profileValues(row) }
    : { ...profileValues(row) };
  const parsed = ZPersonFields.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as AnyImportField | undefined;
      if (planned.problems.some((p) => p.field === field)) continue;
      planned.problems.push(problem(row, field, issueMessage(issue)));
    }
  }
  if (planned.problems.length > 0 || !parsed.success) return planned;
  const fields = parsed.data;
  const link = org ? wantedLink(row, org, fields.roles, links) : undefined;
  if (!found) return { ...planned, action: 'create', fields, link };
  const changed: Partial<TPersonFields> = {};
  for (const field of PROFILE_FIELDS) {
    if (!(field in row.values)) continue;
    if (!sameValue(found[field as keyof PersonRow], fields[field]))
      (changed as Record<string, unknown>)[field] = fields[field];
  }
  const action = Object.keys(changed).length > 0 || link ? 'update' : 'unchanged';
  return { ...planned, action, fields, changed, target: found, link };
}

/** Finds the stored people, organisations and links of a batch's rows and plans each row. */
async function planBatch(db: Db, rows: MappedRow[]): Promise<Planned[]> {
  const refs = rows.map((r) => text(r, 'organization')).filter((r): r is string => Boolean(r));
  const taxCodes = refs.map(taxCodeOf).filter((t): t is string => Boolean(t));
  const slugs = refs.filter((r) => !/^\d/.test(r));
  const [people, byTax, bySlug] = await Promise.all([
    findPeopleByExternalIds(
      db,
      rows.map(externalOf).filter((e): e is string => Boolean(e)),
    ),
    findOrganizationsByTaxCodes(db, taxCodes),
    findOrganizationsBySlugs(db, slugs),
  ]);
  const links = await linksOfPeople(
    db,
    people.map((p) => p.id),
  );
  const personByExternal = new Map(people.map((p) => [p.externalId!, p]));
  const orgByRef = new Map<string, OrganizationRef>([
    ...byTax.map((o) => [o.taxCode!, o] as const),
    ...bySlug.map((o) => [o.slug, o] as const),
  ]);
  return rows.map((row) => {
    const external = externalOf(row);
    const found = external ? personByExternal.get(external) : undefined;
    const ref = text(row, 'organization');
    const org = ref ? orgByRef.get(taxCodeOf(ref) ?? ref) : undefined;
    const own = found ? links.filter((l) => l.personId === found.id) : [];
    return planRow(row, found, org, own);
  });
}

async function link(db: Db, personId: string, wanted: Link) {
  await upsertAffiliation(db, { personId, ...wanted });
  await recordChange(db, 'organization', wanted.organizationId, 'upsert');
}

/** Writes one planned batch in one transaction; throws if any statement fails. */
async function writeBatch(db: Db, batch: Planned[], actorId: string | undefined) {
  return db.transaction(async (tx) => {
    const creates = batch.filter((p) => p.action === 'create');
    const slugs = await freeSlugs(
      creates.map((p) => p.fields!.fullName),
      (candidates) => personSlugsTaken(tx, candidates),
      RESERVED_PERSON_SLUGS,
    );
    const created = await insertPeople(
      tx,
      creates.map((p, i) => ({
        ...p.fields!,
        ...personSearchFields(p.fields!),
        slug: slugs[i]!,
        createdBy: actorId,
        updatedBy: actorId,
      })),
    );
    for (const [i, p] of creates.entries()) if (p.link) await link(tx, created[i]!.id, p.link);
    const updated: string[] = [];
    const stale: Planned[] = [];
    for (const p of batch.filter((q) => q.action === 'update')) {
      const { id, version } = p.target!;
      if (Object.keys(p.changed!).length > 0) {
        const row = await updatePersonRow(
          tx,
          id,
          version,
          {
            ...p.changed,
            ...personSearchFields(p.fields!),
          },
          { by: actorId },
        );
        if (!row) {
          stale.push(p);
          continue;
        }
      } else {
        // Only the link changes: followers of the change feed re-read the person too.
        await recordChange(tx, 'person', id, 'upsert');
      }
      if (p.link) await link(tx, id, p.link);
      updated.push(id);
    }
    return { created: created.map((c) => c.id), updated, stale };
  });
}

export const PEOPLE_TARGET: ImportTarget<Planned> = {
  columns: PEOPLE_COLUMNS,
  cellValue: personCellValue,
  uniqueKeys: (row) => ({ externalId: externalOf(row) }),
  plan: (db, rows) => planBatch(db, rows),
  write: writeBatch,
  dbProblem(err) {
    if (personUniqueViolation(err) === 'externalId')
      return { key: 'directory.person.error.externalIdTaken', field: 'externalId' };
    return { key: 'directory.import.error.rowFailed' };
  },
};
