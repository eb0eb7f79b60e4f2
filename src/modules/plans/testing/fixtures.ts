// Builders for the plans tests: agencies in the directory, listed for plans, each with an
// officer (role `agency`) whose account organisation manages the agency's profile; task
// appendices as XLSX written with ExcelJS.
import ExcelJS from 'exceljs';
import { createUser, signIn } from '../../../../test/support/actors';
import type { TestApp } from '../../../../test/support/app';
import type { BrowserSession } from '../../../../test/support/browser-session';
import { ANONYMOUS, type Actor } from '../../../platform/authz';
import { createOrganization } from '../../directory';
import { createAccountOrganization } from '../../identity';
import { addAgency } from '../services/agencies';

const STAFF: Actor = {
  kind: 'user',
  user: {
    id: 'plans-test-staff',
    name: 'Staff',
    email: 'staff@test',
    locale: 'vi',
    twoFactorEnabled: false,
  },
  roles: new Set(['member', 'staff']),
};
export const STAFF_ACTING = { actor: STAFF, label: 'test' };

export interface TestAgency {
  id: string;
  code: string;
  name: string;
  officer?: BrowserSession;
}

/** A department in the directory, listed for plans; with an officer unless `withOfficer` is false. */
export async function createAgency(
  t: TestApp,
  opts: { name: string; code: string; kind?: 'government_agency' | 'university'; officer?: string },
): Promise<TestAgency> {
  const db = t.deps.database.db;
  const created = await createOrganization(
    db,
    { actor: ANONYMOUS, label: 'test' },
    { kind: opts.kind ?? 'government_agency', legalName: opts.name, provinceCode: '31' },
  );
  if (!created.ok) throw new Error(JSON.stringify(created.fields));
  const org = created.organization;
  const added = await addAgency(t.deps, STAFF_ACTING, { profile: org.slug, code: opts.code });
  if (!added.ok) throw new Error(JSON.stringify(added.fields));
  if (!opts.officer) return { id: org.id, code: opts.code, name: opts.name };
  const user = await createUser(t, { email: opts.officer, roles: ['agency'] });
  const officerActor: Actor = {
    kind: 'user',
    user: {
      id: user.id,
      name: opts.officer,
      email: opts.officer,
      locale: 'vi',
      twoFactorEnabled: false,
    },
    roles: new Set(['member', 'agency']),
  };
  const account = await createAccountOrganization(
    t.deps,
    { actor: officerActor },
    { name: opts.name },
  );
  // As an approved claim of the profile would: the account organisation manages it.
  await t.database.query('update directory_organizations set managed_by = $1 where id = $2', [
    account.id,
    org.id,
  ]);
  return { id: org.id, code: opts.code, name: opts.name, officer: await signIn(t, opts.officer) };
}

/** A task appendix as the province drafts it: a header row and the given rows. */
export async function appendixXlsx(rows: (string | number | Date)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.addRow([
    'STT',
    'Nội dung nhiệm vụ',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian bắt đầu',
    'Thời gian hoàn thành',
    'Sản phẩm',
    'Ngân sách địa phương',
    'Xã hội hóa',
  ]);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A multipart form with one file, as the import page sends it. */
export function fileForm(name: string, bytes: Uint8Array): FormData {
  const form = new FormData();
  form.append(
    'file',
    new File([new Uint8Array(bytes)], name, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  return form;
}
