import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../platform/text/vietnamese';
import { ZOrganizationFields } from '../contracts';
import { PROVINCES, provinceByCode } from '../domain/provinces';
import { checkTaxCode } from '../domain/tax-code';
import { ORGANIZATION_KINDS, PERSON_ROLES } from '../domain/taxonomy';
import { AFFILIATION_ROLES, ZPersonFields } from '../services/create-person';
import { demoDirectory } from './demo-set';
import { DEFAULT_UNTIL, generateOrganizations, generatePeople, summarize } from './generate';
import type { GeneratedOrganization } from './generate-organization';
import type { GeneratedPerson } from './generate-person';
import { mulberry32 } from './prng';
import { organizationRow, organizationSlugName, personRow, SlugAllocator } from './rows';

const json = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));

function generate(seed: number, organizations: number, people: number, homeProvince?: string) {
  const options = { seed, organizations, people, homeProvince };
  const orgs = [...generateOrganizations(options)];
  return { orgs, people: [...generatePeople(options, orgs.map(summarize))] };
}

/** Every string anywhere in a value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

const share = (n: number, total: number) => n / total;

/** A person as a form would send them (one visibility for both bios). */
const personInput = ({ fields }: GeneratedPerson) => {
  const { bioVi, bioEn, ...visibility } = fields.visibility;
  expect(bioEn).toBe(bioVi);
  return { ...fields, visibility: { ...visibility, bio: bioVi } };
};

/** The fields as a form would send them (amounts as text), for the contract to parse. */
const asInput = (o: GeneratedOrganization) => ({
  ...o.fields,
  capitalRaisedVnd: o.fields.capitalRaisedVnd?.toString(),
});

// One national sample shared by the distribution checks (generation is deterministic).
const national = generate(7, 10_000, 10_000);

describe('seeded random source', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });
});

describe('directory generator', () => {
  it('gives identical organisations and people for the same seed, different ones for another', () => {
    const a = generate(1, 1_500, 1_500, '48');
    const b = generate(1, 1_500, 1_500, '48');
    expect(json(a)).toEqual(json(b));
    expect(json(generate(2, 50, 0).orgs)).not.toEqual(json(a.orgs.slice(0, 50)));
  });

  it('makes valid, unique 10-digit tax codes, disjoint from the demo set’s', () => {
    const codes = national.orgs.flatMap((o) => (o.fields.taxCode ? [o.fields.taxCode] : []));
    expect(codes.length).toBeGreaterThan(national.orgs.length * 0.8);
    for (const code of codes) {
      expect(code).toMatch(/^\d{10}$/);
      expect(checkTaxCode(code)).toEqual({ ok: true, value: code });
    }
    const demo = demoDirectory().organizations.flatMap((o) => o.fields.taxCode ?? []);
    expect(new Set([...codes, ...demo]).size).toBe(codes.length + demo.length);
  });

  it('uses valid province codes, covers all 34 units and favours the big cities', () => {
    const byProvince = new Map<string, number>();
    for (const o of national.orgs) {
      const code = o.fields.provinceCode!;
      expect(provinceByCode(code), code).toBeDefined();
      byProvince.set(code, (byProvince.get(code) ?? 0) + 1);
    }
    expect(byProvince.size).toBe(PROVINCES.length);
    const n = national.orgs.length;
    expect(share(byProvince.get('79')!, n)).toBeCloseTo(0.3, 1);
    expect(share(byProvince.get('01')!, n)).toBeCloseTo(0.22, 1);
    expect(share(byProvince.get('48')!, n)).toBeGreaterThan(0.05);
    for (const p of national.people) {
      expect(provinceByCode(p.fields.provinceCode!), p.fields.fullName).toBeDefined();
    }
  });

  it('puts most of a provincial instance in its province', () => {
    const { orgs } = generate(3, 3_000, 0, 'Đà Nẵng');
    const home = orgs.filter((o) => o.fields.provinceCode === '48').length;
    expect(share(home, orgs.length)).toBeGreaterThan(0.65);
    expect(share(home, orgs.length)).toBeLessThan(0.75);
  });

  it('is mostly startups and SMEs, every kind present, a realistic share of innovative startups', () => {
    const kinds = new Map<string, number>();
    for (const o of national.orgs) kinds.set(o.fields.kind, (kinds.get(o.fields.kind) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual([...ORGANIZATION_KINDS].sort());
    const n = national.orgs.length;
    expect(share(kinds.get('startup')!, n)).toBeCloseTo(0.45, 1);
    expect(share(kinds.get('startup')! + kinds.get('sme')!, n)).toBeGreaterThan(0.7);

    const startups = national.orgs.filter((o) => o.fields.kind === 'startup');
    const fiveYearsBefore = `${Number(DEFAULT_UNTIL.slice(0, 4)) - 5}${DEFAULT_UNTIL.slice(4)}`;
    const young = startups.filter((o) => o.fields.firstRegisteredOn! >= fiveYearsBefore).length;
    expect(share(young, startups.length)).toBeGreaterThan(0.45);
    expect(share(young, startups.length)).toBeLessThan(0.75);
    const years = national.orgs.flatMap((o) => o.fields.firstRegisteredOn?.slice(0, 4) ?? []);
    expect(years.reduce((a, b) => (a < b ? a : b))).toBe('2005');
    expect(years.reduce((a, b) => (a > b ? a : b))).toBe('2026');
    expect(years.every((y) => y <= DEFAULT_UNTIL)).toBe(true);
  });

  it('writes some addresses with the province names used before 01/7/2025', () => {
    const current = new Set(PROVINCES.map((p) => searchKey(p.shortName)));
    const former = PROVINCES.flatMap((p) => p.formerProvinces)
      .map((f) => searchKey(f.shortName))
      .filter((name) => !current.has(name));
    const old = national.orgs.filter((o) => {
      const key = searchKey(o.fields.address ?? '');
      return former.some((name) => key.endsWith(` ${name}`));
    });
    expect(old.length).toBeGreaterThan(50);
  });

  it('produces contract-valid, already normalised (NFC) organisations', () => {
    for (const o of national.orgs.slice(0, 1_000)) {
      const parsed = ZOrganizationFields.safeParse(asInput(o));
      expect(parsed.success, `${o.fields.legalName}: ${json(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data).toEqual(o.fields);
    }
    const texts = strings([national.orgs, national.people]);
    expect(texts.length).toBeGreaterThan(100_000);
    expect(texts.filter((s) => s.normalize('NFC') !== s)).toEqual([]);
  });

  it('uses the legal forms of each kind of organisation', () => {
    const byKind = (kind: string) =>
      national.orgs.filter((o) => o.fields.kind === kind).map((o) => o.fields.legalName);
    expect(byKind('cooperative').every((n) => n.startsWith('Hợp tác xã '))).toBe(true);
    expect(byKind('research_institute').every((n) => n.startsWith('Viện '))).toBe(true);
    expect(byKind('university').every((n) => /^Trường (Đại học|Cao đẳng) /.test(n))).toBe(true);
    const companies = byKind('startup');
    expect(companies.every((n) => /^Công ty (Cổ phần|CP|TNHH) /.test(n))).toBe(true);
    expect(byKind('investor').some((n) => n.startsWith('Quỹ '))).toBe(true);
  });

  it('describes organisations with words people search for', () => {
    const rows = national.orgs.map((o) => organizationRow(o, 'x', 'test'));
    for (const phrase of [
      'nong nghiep',
      'thuy san',
      'tri tue nhan tao',
      'du lich',
      'khoi nghiep',
    ]) {
      const hits = rows.filter((r) => ` ${r.bodySearch} `.includes(` ${phrase} `)).length;
      expect(hits, phrase).toBeGreaterThan(100);
    }
  });

  it('names people as Vietnamese do, with realistic family-name shares, roles and affiliations', () => {
    const people = national.people;
    const family = (name: string) => name.split(' ')[0];
    const nguyen = people.filter((p) => family(p.fields.fullName) === 'Nguyễn').length;
    expect(share(nguyen, people.length)).toBeCloseTo(0.38, 1);
    expect(people.filter((p) => p.fields.fullName.includes(' Thị ')).length).toBeGreaterThan(1_000);
    expect(people.filter((p) => p.fields.fullName.includes(' Văn ')).length).toBeGreaterThan(1_000);
    const orgIds = new Set(national.orgs.map((o) => o.id));
    const links = new Set<string>();
    for (const p of people) {
      expect(p.fields.fullName.split(' ').length).toBeGreaterThanOrEqual(2);
      for (const r of p.fields.roles) expect(PERSON_ROLES).toContain(r);
      for (const a of p.affiliations) {
        expect(orgIds.has(a.organizationId)).toBe(true);
        expect(AFFILIATION_ROLES).toContain(a.role);
        const key = `${p.id} ${a.organizationId} ${a.role}`;
        expect(links.has(key)).toBe(false);
        links.add(key);
      }
    }
    expect(links.size).toBeGreaterThan(people.length * 0.6);
  });

  it('produces contract-valid, already normalised people', () => {
    for (const p of national.people.slice(0, 1_000)) {
      const parsed = ZPersonFields.safeParse(personInput(p));
      expect(parsed.success, `${p.fields.fullName}: ${json(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data).toEqual(p.fields);
    }
  });

  it('gives unique ids and slugs', () => {
    const ids = new Set([...national.orgs.map((o) => o.id), ...national.people.map((p) => p.id)]);
    expect(ids.size).toBe(national.orgs.length + national.people.length);
    const slugs = new SlugAllocator(['nong-nghiep-xanh-me-kong']);
    const orgSlugs = national.orgs.map((o: GeneratedOrganization) =>
      slugs.allocate(organizationSlugName(o)),
    );
    expect(new Set(orgSlugs).size).toBe(orgSlugs.length);
    expect(orgSlugs).not.toContain('nong-nghiep-xanh-me-kong');
    const people = new SlugAllocator();
    const personSlugs = national.people.map(
      (p) => personRow(p, people.allocate(p.fields.fullName), 't').slug,
    );
    expect(new Set(personSlugs).size).toBe(personSlugs.length);
  });
});

describe('demo directory', () => {
  it('is the same every time: 60 organisations of every kind with the demo accounts’ two, 40 people', () => {
    const demo = demoDirectory();
    expect(json(demoDirectory())).toEqual(json(demo));
    expect(demo.organizations).toHaveLength(60);
    expect(demo.people).toHaveLength(40);
    const names = demo.organizations.map((o) => o.fields.legalName);
    expect(names).toContain('Công ty CP Nông nghiệp Xanh Mê Kông');
    expect(names).toContain('Quỹ Đầu tư Đổi mới Sáng tạo Sài Gòn');
    expect(new Set(demo.organizations.map((o) => o.fields.kind))).toEqual(
      new Set(ORGANIZATION_KINDS),
    );
    for (const o of demo.organizations)
      expect(ZOrganizationFields.safeParse(asInput(o)).data).toEqual(o.fields);
    for (const p of demo.people)
      expect(ZPersonFields.safeParse(personInput(p)).data).toEqual(p.fields);
    expect(strings(demo).filter((s) => s.normalize('NFC') !== s)).toEqual([]);
  });
});
