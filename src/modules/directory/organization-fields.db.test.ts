// Every field the declaration holds reaches every place it is derived for: the form, the public
// page, the API document, the import template, the staff export and the open data. The sample
// values come from each field's type, so a field added to the declaration is checked here with
// no edit of this file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../platform/authz';
import { translator } from '../../platform/i18n';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { displayText } from './fields/field-values';
import { fieldHeaderKey } from './import/columns';
import { parseCsv } from '../../platform/files/csv';
import {
  FIELD_NAMES,
  fieldSpec,
  FORM_ORDER,
  IMPORT_FIELDS,
  snakeName,
  type FieldType,
  type OrganizationField,
  type TOrganizationFieldsInput,
} from './organization-fields';
import { createOrganization } from './services/create-organization';

/** A value each type accepts; choices take their first code. */
const SAMPLE: Record<FieldType, (f: OrganizationField) => unknown> = {
  text: (f) => `Mẫu ${f}`,
  longText: (f) => `Giới thiệu mẫu ${f}`,
  taxCode: () => '0301442379',
  url: (f) => `https://mau.example.vn/${f}`,
  email: () => 'lienhe@mau.example.vn',
  phone: () => '0909 123 456',
  date: () => '2023-05-01',
  whole: () => 12,
  money: () => '1500000000',
  choice: (f) => fieldSpec(f).choice!.codes[0],
  choices: (f) => [fieldSpec(f).choice!.codes[0]],
};

const vi = translator('vi');

const csvOf = async (res: Response) => {
  expect(res.status).toBe(200);
  const { rows } = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
  return { header: rows[0]!.cells, first: rows[1]?.cells ?? [] };
};

describe.each(testEngines)('the organisation field declaration on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let slug: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const input = Object.fromEntries(
      FIELD_NAMES.map((f) => [f, SAMPLE[fieldSpec(f).type](f)]),
    ) as TOrganizationFieldsInput;
    const created = await createOrganization(
      t.deps.database.db,
      { actor: ANONYMOUS, label: 'test' },
      input,
    );
    if (!created.ok) throw new Error(JSON.stringify(created.fields));
    slug = created.organization.slug;
    await createUser(t, { email: 'staff@fields.example', roles: ['staff'] });
    staff = await signIn(t, 'staff@fields.example');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows each field on the form, filled with what is stored', async () => {
    const html = await (await staff.get(`/directory/organizations/${slug}/edit`)).text();
    for (const f of FORM_ORDER) {
      expect(html, f).toContain(`name="${f}"`);
      expect(html, f).toContain(vi(fieldSpec(f).label));
    }
  });

  it('shows each public fact on the profile page', async () => {
    const html = await (await t.app.request(`/directory/organizations/${slug}`)).text();
    for (const f of FORM_ORDER.filter((name) => fieldSpec(name).isFact)) {
      expect(html, f).toContain(`<dt>${vi(fieldSpec(f).label)}</dt>`);
    }
  });

  it('describes each field in the API document, as input and (but staff bookkeeping) output', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const { Organization, OrganizationInput } = doc.components.schemas;
    for (const f of FIELD_NAMES) {
      expect(OrganizationInput!.properties, f).toHaveProperty(f);
      if (!fieldSpec(f).isStaffOnly) expect(Organization!.properties, f).toHaveProperty(f);
    }
  });

  it('has a column for each field in the import template and the staff export, values filled', async () => {
    const template = await csvOf(await staff.get('/directory/import/template.csv'));
    const exported = await csvOf(await staff.get('/directory/export.csv'));
    for (const f of IMPORT_FIELDS) {
      const header = vi(fieldHeaderKey(f));
      expect(template.header, f).toContain(header);
      expect(template.first[template.header.indexOf(header)], f).not.toBe('');
      expect(exported.first[exported.header.indexOf(header)], f).not.toBe('');
    }
  });

  it('has a column for each open field in the open data, its value when public', async () => {
    const open = await csvOf(await t.app.request('/directory/open-data.csv'));
    for (const f of FIELD_NAMES.filter((name) => fieldSpec(name).isOpen !== false)) {
      const column = open.header.indexOf(snakeName(f));
      expect(column, f).toBeGreaterThanOrEqual(0);
      expect(open.first[column], f).not.toBe('');
    }
  });

  it('reads each type back as people read it', () => {
    const env = { t: vi, locale: 'vi' as const };
    expect(displayText('capitalRaisedVnd', 1_500_000_000n, env)).toMatch(/1\.500\.000\.000/);
    expect(displayText('firstRegisteredOn', '2023-05-01', env)).toBe('01/05/2023');
    expect(displayText('provinceCode', null, env)).toBe('');
  });
});
