// One generated organisation: the fields a user could have entered (already in the contract's
// normalised form), plus what the seeder needs to link people to it.
import type { TOrganizationFields } from '../contracts';
import type { Province } from '../domain/provinces';
import type { Certification, OrganizationKind, Sector } from '../domain/taxonomy';
import { sortName } from '../services/search-fields';
import { describeOrganization } from './descriptions';
import {
  FOCUS_THEME_TABLE,
  FORMER_PROVINCES,
  KINDS,
  MATURE_STAGES,
  REGISTERED_KINDS,
  STARTUP_STAGES,
  TAX_CODE_SHARE,
  THEMES_BY_KIND,
} from './distribution';
import { organizationName } from './organization-names';
import { seededUuid, type Rng, type WeightedTable } from './prng';
import { taxCodeFor, taxPrefix } from './tax-codes';
import { FORMER_CAPITALS, STREETS, WARDS } from './words/organizations';
import { RELATED_SECTORS, themeById, type Theme } from './words/themes';

export interface GeneratedOrganization {
  id: string;
  fields: TOrganizationFields;
  themeId: string;
  createdAt: Date;
  verifiedAt?: Date;
}

export interface OrganizationContext {
  provinces: WeightedTable<Province>;
  /** The last day anything happens (ISO date): registrations, additions, verifications. */
  until: string;
  /** Tells generated records from the demo set's in their ids. */
  uuidTag: number;
  /** Added to the record's number to choose its tax code serial. */
  taxIndexBase: number;
  /** Forces the kind (the demo set covers every kind). */
  kind?: OrganizationKind;
}

const DAY = 86_400_000;
const FIRST_REGISTRATION = Date.UTC(2005, 0, 1);
const PLATFORM_START = Date.UTC(2024, 0, 1);
const REFORM_DAY = '2025-07-01';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const between = (rng: Rng, from: number, to: number) => from + rng.next() * Math.max(0, to - from);

function registrationDate(rng: Rng, kind: OrganizationKind, until: number): string | undefined {
  if (!REGISTERED_KINDS.has(kind)) return undefined;
  if (kind !== 'startup') return isoDay(between(rng, FIRST_REGISTRATION, until));
  // Startups are young: ages fall off exponentially, about 60 % within the 5-year rule.
  const age = -Math.log(1 - rng.next()) * 5.5 * 365.25 * DAY;
  const ms = until - age;
  return isoDay(ms >= FIRST_REGISTRATION ? ms : between(rng, FIRST_REGISTRATION, until));
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function address(
  rng: Rng,
  province: Province,
  former: { code: string; name: string },
  registeredOn: string | undefined,
): string {
  const n = rng.int(1, 350);
  const number = rng.chance(0.2) ? `${n}/${rng.int(2, 40)}` : String(n);
  const street = rng.pick(STREETS);
  const ward = rng.pick(WARDS);
  // Profiles written before the reform keep the old province and the abolished district level.
  if ((registeredOn ?? '') < REFORM_DAY && rng.chance(0.35)) {
    const seat = FORMER_CAPITALS[former.code];
    const district =
      seat && rng.chance(0.6)
        ? `thành phố ${seat}`
        : `${rng.pick(['quận', 'huyện', 'thị xã'])} ${rng.pick(WARDS)}`;
    return `Số ${number} đường ${street}, phường ${ward}, ${district}, ${lowerFirst(former.name)}`;
  }
  return `Số ${number} ${street}, ${rng.chance(0.7) ? 'phường' : 'xã'} ${ward}, ${lowerFirst(province.name)}`;
}

const VSIC_BY_KIND: Partial<Record<OrganizationKind, string[]>> = {
  university: ['Q'],
  research_institute: ['N'],
  tech_transfer_office: ['N'],
  investor: ['L'],
  incubator: ['N'],
  accelerator: ['O'],
  coworking: ['O'],
  support_org: ['N'],
  government_agency: ['P'],
  media: ['J'],
};

function sectorsOf(rng: Rng, kind: OrganizationKind, theme: Theme, focus: Theme): Sector[] {
  const out = new Set<Sector>(theme.sectors);
  if (THEMES_BY_KIND[kind]) {
    const related = theme.sectors[0] && RELATED_SECTORS[theme.sectors[0]];
    if (related && rng.chance(0.3)) out.add(rng.pick(related));
  } else if (kind === 'government_agency' && rng.chance(0.5)) {
    return [];
  } else if (rng.chance(0.6)) {
    for (const s of focus.sectors) out.add(s);
  }
  return [...out];
}

function certificationsOf(rng: Rng, kind: OrganizationKind): Certification[] {
  const out: Certification[] = [];
  const odds: Partial<Record<Certification, number>> =
    kind === 'startup'
      ? { st_enterprise: 0.06, high_tech: 0.02, social_enterprise: 0.02, iso: 0.03 }
      : kind === 'sme'
        ? { st_enterprise: 0.05, high_tech: 0.02, social_enterprise: 0.02, iso: 0.12 }
        : kind === 'enterprise'
          ? { st_enterprise: 0.08, high_tech: 0.15, iso: 0.5 }
          : kind === 'cooperative'
            ? { iso: 0.03, social_enterprise: 0.02 }
            : {};
  for (const [c, p] of Object.entries(odds) as [Certification, number][]) {
    if (rng.chance(p)) out.push(c);
  }
  return out;
}

const TEAM: Record<OrganizationKind, [number, number]> = {
  startup: [2, 60],
  sme: [10, 250],
  cooperative: [7, 120],
  enterprise: [300, 20_000],
  university: [200, 3_000],
  research_institute: [30, 400],
  government_agency: [10, 150],
  investor: [3, 40],
  tech_transfer_office: [5, 40],
  incubator: [3, 60],
  accelerator: [3, 60],
  coworking: [3, 40],
  support_org: [3, 80],
  media: [5, 120],
};

const domainOf = (brand: string) =>
  brand
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 30) || 'innohub';

function phone(rng: Rng): string {
  const d = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  return rng.chance(0.7)
    ? `0${rng.pick(['9', '8', '3', '7', '5'])}${d(2)} ${d(3)} ${d(3)}`
    : `02${rng.pick(['4', '8'])} 3${d(3)} ${d(4)}`;
}

export function generateOrganization(
  rng: Rng,
  index: number,
  ctx: OrganizationContext,
): GeneratedOrganization {
  const until = Date.parse(`${ctx.until}T00:00:00Z`);
  const id = seededUuid(rng, ctx.uuidTag, index);
  const kind = ctx.kind ?? rng.from(KINDS);
  const theme = themeById.get(rng.from(THEMES_BY_KIND[kind] ?? FOCUS_THEME_TABLE))!;
  const focus = themeById.get(rng.from(FOCUS_THEME_TABLE))!;
  const province = rng.from(ctx.provinces);
  const former = rng.from(FORMER_PROVINCES.get(province.code)!);
  const name = organizationName(rng, kind, theme, {
    shortName: province.shortName,
    name: province.name,
    formerShortName: former.shortName,
  });
  const firstRegisteredOn = registrationDate(rng, kind, until);
  const year = firstRegisteredOn ? Number(firstRegisteredOn.slice(0, 4)) : undefined;
  const ageYears = year ? new Date(until).getUTCFullYear() - year : 0;
  const stage =
    kind === 'startup'
      ? rng.from(ageYears > 6 ? MATURE_STAGES : STARTUP_STAGES)
      : kind === 'sme' && rng.chance(0.6)
        ? 'mo_rong'
        : undefined;
  const [teamMin, teamMax] = TEAM[kind];
  const teamSize = rng.chance(0.85) ? rng.logInt(teamMin, teamMax) : undefined;
  const raises = kind === 'startup' && ['tang_toc', 'goi_von', 'mo_rong'].includes(stage ?? '');
  const capital =
    raises && rng.chance(0.6) ? BigInt(rng.logInt(500, 300_000)) * 1_000_000n : undefined;
  const domain = `${domainOf(name.brand)}.example.vn`;
  const website = rng.chance(0.65) ? `https://${domain}` : undefined;
  const tel = rng.chance(0.35) ? phone(rng) : undefined;
  const visibility: TOrganizationFields['visibility'] = {};
  if (tel && rng.chance(0.5)) visibility.phone = 'members';
  if (capital && rng.chance(0.3)) visibility.capitalRaisedVnd = 'members';
  if (rng.chance(0.05)) visibility.address = 'members';
  const taxCode = rng.chance(TAX_CODE_SHARE[kind])
    ? taxCodeFor(taxPrefix(former.code), ctx.taxIndexBase + index)
    : undefined;
  const textName = THEMES_BY_KIND[kind] ? sortName(name) : name.legalName;
  const description = describeOrganization(rng, {
    kind,
    theme,
    focus,
    name: textName,
    provinceName: province.name,
    year,
    teamSize,
  });
  const registered = firstRegisteredOn ? Date.parse(firstRegisteredOn) : 0;
  const createdAt = new Date(between(rng, Math.max(registered, PLATFORM_START), until));
  const verifiedAt = rng.chance(0.25)
    ? new Date(between(rng, createdAt.getTime(), until))
    : undefined;
  const statusRoll = REGISTERED_KINDS.has(kind) ? rng.next() : 0;
  const fields: TOrganizationFields = {
    kind,
    legalName: name.legalName,
    shortName: name.shortName,
    externalId: undefined,
    taxCode,
    firstRegisteredOn,
    provinceCode: province.code,
    address: rng.chance(0.9) ? address(rng, province, former, firstRegisteredOn) : undefined,
    sectors: sectorsOf(rng, kind, theme, focus),
    vsicSections: VSIC_BY_KIND[kind] ?? rng.sample(theme.vsic, rng.int(1, theme.vsic.length)),
    stage,
    teamSize,
    website,
    email: rng.chance(0.5) ? `lienhe@${domain}` : undefined,
    phone: tel,
    ...description,
    certifications: certificationsOf(rng, kind),
    capitalRaisedVnd: capital,
    status: statusRoll < 0.94 ? 'active' : statusRoll < 0.985 ? 'inactive' : 'dissolved',
    visibility,
  };
  return { id, fields, themeId: theme.id, createdAt, verifiedAt };
}
