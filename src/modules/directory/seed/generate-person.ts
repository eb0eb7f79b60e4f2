// One generated person: founders of startups and SMEs, researchers of universities and
// institutes, investors of funds, experts and mentors of support organisations.
import type { Province } from '../domain/provinces';
import type { OrganizationKind, PersonRole } from '../domain/taxonomy';
import { AFFILIATION_ROLES, type TPersonFields } from '../services/create-person';
import { searchKey } from '../../../platform/text/vietnamese';
import { seededUuid, weighted, type Rng, type WeightedTable } from './prng';
import {
  EXPERTISE_GENERAL,
  FAMILY_NAMES,
  GIVEN_NAMES,
  LANGUAGES,
  MIDDLE_NAMES,
  MINORITY_NAMES,
  SECOND_MIDDLE,
  TITLES,
} from './words/people';
import { themeById, THEMES } from './words/themes';

/** What a person needs to know about the organisations they may belong to. */
export interface OrganizationSummary {
  id: string;
  kind: OrganizationKind;
  /** The name people use for it in a headline. */
  name: string;
  provinceCode: string | undefined;
  themeId: string;
}

export type PersonFields = TPersonFields;
export type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

export interface GeneratedPerson {
  id: string;
  fields: PersonFields;
  affiliations: { organizationId: string; role: AffiliationRole; title: string }[];
  createdAt: Date;
  verifiedAt?: Date;
}

/** Organisations grouped by the role their people have there. */
export type AffiliationPools = Record<PersonRole, OrganizationSummary[]>;

const POOL_KINDS: Record<PersonRole, ReadonlySet<OrganizationKind>> = {
  founder: new Set(['startup', 'sme']),
  researcher: new Set(['university', 'research_institute', 'tech_transfer_office']),
  investor: new Set(['investor']),
  mentor: new Set(['incubator', 'accelerator', 'coworking', 'support_org']),
  expert: new Set(['support_org', 'university', 'research_institute', 'enterprise']),
};

export function affiliationPools(orgs: Iterable<OrganizationSummary>): AffiliationPools {
  const pools: AffiliationPools = {
    founder: [],
    researcher: [],
    investor: [],
    mentor: [],
    expert: [],
  };
  for (const o of orgs) {
    for (const role of Object.keys(POOL_KINDS) as PersonRole[]) {
      if (POOL_KINDS[role].has(o.kind)) pools[role].push(o);
    }
  }
  return pools;
}

const ROLES = weighted<PersonRole>([
  ['founder', 45],
  ['researcher', 17],
  ['expert', 15],
  ['mentor', 15],
  ['investor', 8],
]);
const SECOND_ROLE: Partial<Record<PersonRole, [PersonRole, number]>> = {
  founder: ['mentor', 0.15],
  expert: ['mentor', 0.3],
  investor: ['mentor', 0.2],
  researcher: ['expert', 0.1],
};
const AFFILIATED_SHARE: Record<PersonRole, number> = {
  founder: 0.92,
  researcher: 0.9,
  investor: 0.7,
  mentor: 0.5,
  expert: 0.5,
};
/** What a person of each role is at the organisation (experts advise). */
const AFFILIATION_ROLE: Record<PersonRole, AffiliationRole> = {
  founder: 'founder',
  researcher: 'researcher',
  investor: 'investor',
  mentor: 'mentor',
  expert: 'advisor',
};
const TITLES_AT: Record<PersonRole, string[]> = {
  founder: ['Giám đốc điều hành', 'Đồng sáng lập', 'Giám đốc công nghệ', 'Giám đốc sản phẩm'],
  researcher: ['Nghiên cứu viên', 'Giảng viên', 'Trưởng phòng thí nghiệm', 'Nghiên cứu viên chính'],
  investor: ['Giám đốc đầu tư', 'Đối tác điều hành', 'Chuyên viên phân tích đầu tư'],
  mentor: ['Cố vấn', 'Giám đốc chương trình', 'Cố vấn khởi nghiệp'],
  expert: ['Chuyên gia tư vấn', 'Trưởng nhóm chuyên gia', 'Cố vấn kỹ thuật'],
};

const CONTACT = weighted<PersonFields['contactPreference']>([
  ['platform', 70],
  ['email', 20],
  ['none', 10],
]);

function fullName(rng: Rng): { name: string; female: boolean } {
  const female = rng.chance(0.5);
  if (rng.chance(0.01)) return { name: rng.pick(MINORITY_NAMES), female };
  const sex = female ? 'female' : 'male';
  const middle = [rng.from(MIDDLE_NAMES[sex])];
  if (rng.chance(0.2)) middle.push(rng.pick(SECOND_MIDDLE));
  let given = rng.pick(GIVEN_NAMES[sex]);
  while (middle.includes(given)) given = rng.pick(GIVEN_NAMES[sex]);
  return { name: [rng.from(FAMILY_NAMES), ...middle, given].join(' '), female };
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

export function generatePerson(
  rng: Rng,
  index: number,
  ctx: {
    pools: AffiliationPools;
    provinces: WeightedTable<Province>;
    until: string;
    uuidTag: number;
  },
): GeneratedPerson {
  const until = Date.parse(`${ctx.until}T00:00:00Z`);
  const id = seededUuid(rng, ctx.uuidTag, index);
  const { name, female } = fullName(rng);
  const role = rng.from(ROLES);
  const roles: PersonRole[] = [role];
  const second = SECOND_ROLE[role];
  if (second && rng.chance(second[1])) roles.push(second[0]);

  const pool = ctx.pools[role];
  const org = pool.length > 0 && rng.chance(AFFILIATED_SHARE[role]) ? rng.pick(pool) : undefined;
  const affiliations: GeneratedPerson['affiliations'] = [];
  if (org) {
    affiliations.push({
      organizationId: org.id,
      role: AFFILIATION_ROLE[role],
      title: rng.pick(TITLES_AT[role]),
    });
  }
  // Serial founders and mentors of a second organisation.
  const other = roles[1] && ctx.pools[roles[1]];
  if (other && other.length > 0 && rng.chance(0.5)) {
    const o = rng.pick(other);
    if (o.id !== org?.id) {
      affiliations.push({
        organizationId: o.id,
        role: AFFILIATION_ROLE[roles[1]!],
        title: rng.pick(TITLES_AT[roles[1]!]),
      });
    }
  }

  const theme = themeById.get(org?.themeId ?? '') ?? rng.pick(THEMES);
  const field = rng.pick(theme.fields);
  const expertise = [
    ...rng.sample(theme.fields, rng.int(1, 2)),
    ...rng.sample(EXPERTISE_GENERAL, role === 'researcher' ? 0 : rng.int(1, 2)),
  ];
  const title = role === 'researcher' ? rng.from(TITLES) : '';
  const at = org ? ` tại ${org.name}` : '';
  const headline = {
    founder: org
      ? `${rng.pick(TITLES_AT.founder)} ${org.name}`
      : `Nhà sáng lập khởi nghiệp ${field}`,
    researcher: `${title}${rng.pick(TITLES_AT.researcher)} về ${field}${at}`,
    investor: `${org ? `${rng.pick(TITLES_AT.investor)}${at}` : 'Nhà đầu tư thiên thần'}`,
    mentor: `Cố vấn khởi nghiệp về ${expertise.at(-1)}${at}`,
    expert: `Chuyên gia ${field}${at}`,
  }[role];
  const pronoun = female ? 'chị' : 'anh';
  const years = rng.int(3, 25);
  const bioVi = [
    `${name} có ${years} năm kinh nghiệm trong lĩnh vực ${field}.`,
    role === 'founder' && org
      ? `Trước khi sáng lập ${org.name}, ${pronoun} từng làm việc tại ${rng.pick(['một tập đoàn công nghệ', 'một ngân hàng', 'một công ty nước ngoài', 'viện nghiên cứu', 'trường đại học'])}.`
      : `${pronoun.charAt(0).toUpperCase()}${pronoun.slice(1)} quan tâm đến ${rng.pick(expertise)} và hỗ trợ cộng đồng khởi nghiệp đổi mới sáng tạo.`,
  ].join(' ');
  const languages = ['vi'];
  if (rng.chance(0.6)) languages.push(rng.from(LANGUAGES));
  const contactPreference = rng.from(CONTACT);
  const email =
    contactPreference === 'email'
      ? `${ascii(name.split(' ').pop()!)}.${ascii(name.split(' ')[0]!)}${index}@example.vn`
      : undefined;
  const phone = rng.chance(0.1) ? `09${rng.int(10_000_000, 99_999_999)}` : undefined;
  const bio = rng.chance(0.05) ? 'members' : 'public';
  // As the contract defaults: e-mail and phone for staff unless the person opens them.
  const visibility: PersonFields['visibility'] = {
    email: email ? 'members' : 'staff',
    phone: 'staff',
    website: 'public',
    provinceCode: rng.chance(0.05) ? 'members' : 'public',
    bioVi: bio,
    bioEn: bio,
  };
  const createdAt = new Date(Date.UTC(2024, 0, 1) + rng.next() * (until - Date.UTC(2024, 0, 1)));
  return {
    id,
    fields: {
      fullName: name,
      roles,
      headline,
      bioVi,
      bioEn: rng.chance(0.2)
        ? `${name} works on ${theme.en.field} with ${years} years of experience.`
        : undefined,
      expertise: [...new Map(expertise.map((e) => [searchKey(e), e])).values()],
      languages: [...new Set(languages)],
      provinceCode:
        org?.provinceCode && rng.chance(0.85) ? org.provinceCode : rng.from(ctx.provinces).code,
      email,
      phone,
      website: undefined,
      externalId: undefined,
      contactPreference,
      visibility,
    },
    affiliations,
    createdAt,
    verifiedAt: rng.chance(0.15) ? createdAt : undefined,
  };
}
