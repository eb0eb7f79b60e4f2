// How generated organisations spread over kinds, provinces, themes and stages. Rough shares from
// the public picture of the ecosystem: most records are startups and SMEs; Hà Nội and TP Hồ Chí
// Minh hold over half of them, Đà Nẵng comes next; every one of the 34 units has some.
import { PROVINCES, type Province } from '../domain/provinces';
import type { OrganizationKind, Stage } from '../domain/taxonomy';
import { weighted, type WeightedTable } from './prng';

export const KIND_WEIGHTS: readonly (readonly [OrganizationKind, number])[] = [
  ['startup', 45],
  ['sme', 30],
  ['cooperative', 6],
  ['enterprise', 4],
  ['investor', 2.5],
  ['support_org', 3],
  ['incubator', 1.5],
  ['accelerator', 1],
  ['coworking', 1.5],
  ['university', 1.5],
  ['research_institute', 1.5],
  ['tech_transfer_office', 0.7],
  ['government_agency', 1],
  ['media', 0.8],
];
export const KINDS = weighted(KIND_WEIGHTS);

/** Percent of records per province code; the rest (weight 1 or less) are the smaller units. */
const PROVINCE_WEIGHT: Record<string, number> = {
  '79': 30,
  '01': 22,
  '48': 7,
  '31': 4,
  '92': 3,
  '24': 2.5,
  '46': 2,
  '75': 2,
  '22': 1.5,
  '56': 1.5,
  '25': 1.2,
  '38': 1.2,
  '40': 1.2,
  '68': 1.2,
  '19': 1,
  '33': 1,
  '37': 1,
  '52': 1,
  '66': 1,
  '80': 1,
  '82': 1,
  '86': 1,
  '91': 1,
  '51': 0.8,
  '96': 0.8,
  '42': 0.7,
  '44': 0.7,
};
export const provinceWeight = (code: string) => PROVINCE_WEIGHT[code] ?? 0.5;
export const NATIONAL_PROVINCES = weighted(PROVINCES.map((p) => [p, provinceWeight(p.code)]));

/** A provincial instance: most records in its own province, the rest spread as nationally. */
export function provinceTable(home?: Province, homeShare = 0.7): WeightedTable<Province> {
  if (!home) return NATIONAL_PROVINCES;
  const others = NATIONAL_PROVINCES.total - provinceWeight(home.code);
  const homeWeight = (others * homeShare) / (1 - homeShare);
  return weighted(
    PROVINCES.map((p) => [p, p.code === home.code ? homeWeight : provinceWeight(p.code)]),
  );
}

/** The former province (before 01/7/2025) a record sits in: mostly the unit's host province. */
export const FORMER_PROVINCES = new Map(
  PROVINCES.map((p) => [
    p.code,
    weighted(
      p.formerProvinces.map((f) => [f, f.code === p.code ? (p.code === '79' ? 5 : 2) : 1] as const),
    ),
  ]),
);

type ThemeWeights = Record<string, number>;

const STARTUP_THEMES: ThemeWeights = {
  ai: 10,
  software: 10,
  fintech: 8,
  edtech: 8,
  health: 7,
  crops: 8,
  fishery: 4,
  ecommerce: 8,
  greentech: 6,
  logistics: 5,
  tourism: 5,
  iot: 5,
  smartcity: 3,
  biotech: 3,
  creative: 4,
  blockchain: 2,
  cybersecurity: 2,
  semiconductor: 1.5,
  food: 2,
  crafts: 0.5,
};
const SME_THEMES: ThemeWeights = {
  food: 14,
  software: 10,
  ecommerce: 10,
  logistics: 9,
  tourism: 8,
  crops: 7,
  fishery: 6,
  crafts: 5,
  greentech: 5,
  iot: 4,
  creative: 4,
  health: 3,
  edtech: 3,
  biotech: 2,
  fintech: 2,
  cybersecurity: 2,
  semiconductor: 1,
  ai: 2,
  smartcity: 1,
};
const COOPERATIVE_THEMES: ThemeWeights = {
  crops: 45,
  fishery: 25,
  food: 15,
  crafts: 8,
  tourism: 7,
};
const ENTERPRISE_THEMES: ThemeWeights = {
  software: 10,
  logistics: 8,
  food: 10,
  greentech: 8,
  fintech: 6,
  ecommerce: 6,
  semiconductor: 4,
  iot: 4,
  fishery: 6,
  crops: 6,
  tourism: 5,
  health: 4,
  biotech: 3,
  ai: 5,
  smartcity: 3,
  cybersecurity: 3,
};
/** Institutions and support organisations: their focus areas. */
const FOCUS_THEMES: ThemeWeights = {
  ...STARTUP_THEMES,
  crops: 10,
  fishery: 6,
  biotech: 5,
  semiconductor: 3,
};

const table = (w: ThemeWeights) => weighted(Object.entries(w));
export const THEMES_BY_KIND: Partial<Record<OrganizationKind, WeightedTable<string>>> = {
  startup: table(STARTUP_THEMES),
  sme: table(SME_THEMES),
  cooperative: table(COOPERATIVE_THEMES),
  enterprise: table(ENTERPRISE_THEMES),
};
export const FOCUS_THEME_TABLE = table(FOCUS_THEMES);

export const STARTUP_STAGES = weighted<Stage>([
  ['y_tuong', 8],
  ['tien_uom_tao', 17],
  ['uom_tao', 25],
  ['tang_toc', 17],
  ['goi_von', 18],
  ['mo_rong', 15],
]);
export const MATURE_STAGES = weighted<Stage>([
  ['goi_von', 1],
  ['mo_rong', 3],
]);

/** Kinds registered as businesses, which have a first registration date. */
export const REGISTERED_KINDS: ReadonlySet<OrganizationKind> = new Set([
  'startup',
  'sme',
  'cooperative',
  'enterprise',
  'investor',
  'support_org',
  'accelerator',
  'coworking',
  'media',
]);

/** Share of each kind with a tax code (public units and drafts often have none on file). */
export const TAX_CODE_SHARE: Record<OrganizationKind, number> = {
  startup: 0.92,
  sme: 0.95,
  cooperative: 0.85,
  enterprise: 0.98,
  investor: 0.8,
  support_org: 0.8,
  accelerator: 0.75,
  coworking: 0.8,
  media: 0.8,
  incubator: 0.5,
  university: 0.7,
  research_institute: 0.6,
  tech_transfer_office: 0.4,
  government_agency: 0.7,
};
