// The small built-in demo directory loaded with the demo accounts on a fresh database: a dozen
// hand-written profiles (the demo founder's startup and the demo investor's fund among them)
// and generated ones around them, 60 organisations and 40 people in all, the same every time.
import type { Database } from '../../../platform/db/client';
import type { TOrganizationFields } from '../contracts';
import { ORGANIZATION_KINDS } from '../domain/taxonomy';
import { DEFAULT_UNTIL, provincesFor, summarize } from './generate';
import { generateOrganization, type GeneratedOrganization } from './generate-organization';
import { affiliationPools, generatePerson, type GeneratedPerson } from './generate-person';
import { deriveSeed, Rng, seededUuid } from './prng';
import {
  countDirectoryRecords,
  DEMO_LABEL,
  insertBatch,
  prepareOrganizations,
  preparePeople,
} from './seed-directory';
import { SlugAllocator } from './rows';
import { DEMO_TAX_INDEX, taxCodeFor } from './tax-codes';
import { CURATED_ORGANIZATIONS, CURATED_PEOPLE } from './words/demo-profiles';

const DEMO_SEED = 2026;
const DEMO_ORGANIZATIONS = 60;
const DEMO_PEOPLE = 40;
const ORG_TAG = 3;
const PERSON_TAG = 4;

const defaults: Omit<TOrganizationFields, 'kind' | 'legalName'> = {
  shortName: undefined,
  externalId: undefined,
  address: undefined,
  descriptionVi: undefined,
  descriptionEn: undefined,
  products: undefined,
  sectors: [],
  vsicSections: [],
  certifications: [],
  status: 'active',
  visibility: {},
};

export function demoDirectory(): {
  organizations: GeneratedOrganization[];
  people: GeneratedPerson[];
} {
  const rng = new Rng(deriveSeed(DEMO_SEED, 'demo'));
  const until = Date.parse(`${DEFAULT_UNTIL}T00:00:00Z`);
  const organizations: GeneratedOrganization[] = CURATED_ORGANIZATIONS.map((c, i) => {
    const createdAt = new Date(until - (i + 1) * 9 * 86_400_000);
    const { themeId, taxPrefix, verified, ...fields } = c;
    return {
      id: seededUuid(rng, ORG_TAG, i),
      fields: {
        ...defaults,
        ...fields,
        taxCode: taxPrefix ? taxCodeFor(taxPrefix, DEMO_TAX_INDEX + i) : undefined,
      },
      themeId,
      createdAt,
      verifiedAt: verified ? createdAt : undefined,
    };
  });
  const ctx = {
    provinces: provincesFor(undefined),
    until: DEFAULT_UNTIL,
    uuidTag: ORG_TAG,
    taxIndexBase: DEMO_TAX_INDEX,
  };
  // Every kind at least once, then the usual mix.
  for (let i = organizations.length; i < DEMO_ORGANIZATIONS; i++) {
    const k = i - CURATED_ORGANIZATIONS.length;
    organizations.push(
      generateOrganization(rng, i, { ...ctx, kind: ORGANIZATION_KINDS[k] ?? undefined }),
    );
  }
  const byName = new Map(organizations.map((o) => [o.fields.legalName, o]));
  const people: GeneratedPerson[] = CURATED_PEOPLE.map((c, i) => {
    const org = byName.get(c.organization)!;
    const createdAt = new Date(org.createdAt.getTime() + 86_400_000);
    return {
      id: seededUuid(rng, PERSON_TAG, i),
      fields: { ...c.fields, provinceCode: org.fields.provinceCode },
      affiliations: [{ organizationId: org.id, role: c.role, title: c.title }],
      createdAt,
      verifiedAt: createdAt,
    };
  });
  const pools = affiliationPools(organizations.map(summarize));
  const personCtx = { pools, provinces: ctx.provinces, until: DEFAULT_UNTIL, uuidTag: PERSON_TAG };
  for (let i = people.length; i < DEMO_PEOPLE; i++) people.push(generatePerson(rng, i, personCtx));
  return { organizations, people };
}

/**
 * Loads the demo directory into an empty directory (never over existing records); one
 * transaction. `managers` gives, by legal name, the demo account organisation that manages a
 * profile (the demo founder's startup), as an approved claim would. Returns whether it loaded.
 */
export async function seedDirectoryDemo(
  database: Database,
  managers: ReadonlyMap<string, string> = new Map(),
): Promise<boolean> {
  if ((await countDirectoryRecords(database)).total > 0) return false;
  const { organizations, people } = demoDirectory();
  const rows = prepareOrganizations(organizations, new SlugAllocator(), DEMO_LABEL);
  for (const row of rows.organizations) row.managedBy = managers.get(row.legalName) ?? null;
  preparePeople(people, new SlugAllocator(), DEMO_LABEL, rows);
  await database.db.transaction((tx) => insertBatch(tx, rows));
  return true;
}
