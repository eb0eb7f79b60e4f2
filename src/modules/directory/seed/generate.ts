// The deterministic generator: the same options give the same organisations and people, record
// by record, without a database (unit tests read it directly).
import { resolveProvince } from '../domain/provinces';
import { sortName } from '../services/search-fields';
import { provinceTable } from './distribution';
import {
  generateOrganization,
  type GeneratedOrganization,
  type OrganizationContext,
} from './generate-organization';
import {
  affiliationPools,
  generatePerson,
  type GeneratedPerson,
  type OrganizationSummary,
} from './generate-person';
import { deriveSeed, Rng } from './prng';

export const SEED_SCALES = {
  province: { organizations: 3_000, people: 5_000 },
  national: { organizations: 100_000, people: 200_000 },
} as const;
export type SeedScale = keyof typeof SEED_SCALES;

/** Generated data stops here, so it does not depend on the day it is made. */
export const DEFAULT_UNTIL = '2026-10-31';

/** The id tag of generated scale records (the demo set has its own). */
export const SCALE_UUID_TAG = 1;

export interface GenerateOptions {
  seed: number;
  organizations: number;
  people: number;
  /** A province code or name: a provincial instance, most records there. Absent: national. */
  homeProvince?: string;
  until?: string;
}

export function provincesFor(homeProvince: string | undefined) {
  if (homeProvince === undefined) return provinceTable();
  const home = resolveProvince(homeProvince);
  if (!home) throw new Error(`unknown province: ${homeProvince}`);
  return provinceTable(home);
}

export function* generateOrganizations(
  options: GenerateOptions,
  ctx: Partial<OrganizationContext> = {},
): Generator<GeneratedOrganization> {
  const rng = new Rng(deriveSeed(options.seed, 'organizations'));
  const context: OrganizationContext = {
    provinces: provincesFor(options.homeProvince),
    until: options.until ?? DEFAULT_UNTIL,
    uuidTag: SCALE_UUID_TAG,
    taxIndexBase: 0,
    ...ctx,
  };
  for (let i = 0; i < options.organizations; i++) yield generateOrganization(rng, i, context);
}

export function summarize(o: GeneratedOrganization): OrganizationSummary {
  return {
    id: o.id,
    kind: o.fields.kind,
    name:
      o.fields.shortName ??
      (o.fields.kind === 'startup' || o.fields.kind === 'sme'
        ? sortName(o.fields)
        : o.fields.legalName),
    provinceCode: o.fields.provinceCode,
    themeId: o.themeId,
  };
}

export function* generatePeople(
  options: GenerateOptions,
  organizations: Iterable<OrganizationSummary>,
  uuidTag = SCALE_UUID_TAG + 1,
): Generator<GeneratedPerson> {
  const rng = new Rng(deriveSeed(options.seed, 'people'));
  const ctx = {
    pools: affiliationPools(organizations),
    provinces: provincesFor(options.homeProvince),
    until: options.until ?? DEFAULT_UNTIL,
    uuidTag,
  };
  for (let i = 0; i < options.people; i++) yield generatePerson(rng, i, ctx);
}
