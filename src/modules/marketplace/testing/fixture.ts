// What the marketplace's tests start from: directory organisations managed by account
// organisations with given members (as after an approved claim), forms posted as a browser
// posts them (repeated names for checkbox groups), and a published offer.
import { createUser, signIn } from '../../../../test/support/actors';
import type { TestApp } from '../../../../test/support/app';
import type { BrowserSession } from '../../../../test/support/browser-session';
import { ANONYMOUS } from '../../../platform/authz';
import { createOrganization } from '../../directory';

/** Members as [account id, role in the account organisation: owner, admin or member]. */
export async function managedOrganization(
  t: TestApp,
  kind: string,
  legalName: string,
  members: [userId: string, role: string][],
) {
  const q = (sql: string, params: unknown[]) => t.database.query(sql, params);
  const r = await createOrganization(
    t.deps.database.db,
    { actor: ANONYMOUS, label: 'test' },
    { kind: kind as never, legalName, provinceCode: '48' },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.fields));
  const account = `acc-${r.organization.slug}`;
  await q(`insert into identity_organizations (id, name, slug) values ($1, $2, $1)`, [
    account,
    legalName,
  ]);
  for (const [userId, role] of members)
    await q(
      `insert into identity_members (id, organization_id, user_id, role) values ($1, $2, $3, $4)`,
      [`${account}-${userId}`, account, userId, role],
    );
  await q(`update directory_organizations set managed_by = $1 where id = $2`, [
    account,
    r.organization.id,
  ]);
  return r.organization;
}

/** A university's transfer office, owner of the account managing it, signed in; its slug. */
export async function universityOffice(t: TestApp) {
  const o = await createUser(t, { email: 'ttcg@dhtn.example' });
  const university = await managedOrganization(t, 'university', 'Trường Đại học Tây Nguyên', [
    [o.id, 'owner'],
  ]);
  return { slug: university.slug, office: await signIn(t, 'ttcg@dhtn.example') };
}

export type FormEntries = [string, string][];

/** Posts a form with repeated names kept (checkbox groups). */
export const postForm = (browser: BrowserSession, path: string, entries: FormEntries) =>
  browser.send('POST', path, new URLSearchParams(entries).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
  });

export const offerForm = (owner: string, extra: FormEntries = []): FormEntries => [
  ['owner', owner],
  ['title', 'Chế phẩm vi sinh xử lý phụ phẩm cà phê thành phân bón hữu cơ'],
  ['summary', 'Chủng vi sinh bản địa phân giải vỏ cà phê trong 21 ngày, giảm mùi và chi phí.'],
  ['problem', 'Vỏ cà phê tồn đọng gây ô nhiễm.'],
  ['advantages', 'Nhanh gấp đôi phương pháp ủ truyền thống.'],
  ['applications', 'Hợp tác xã cà phê, trang trại.'],
  ['sectors', 'agritech'],
  ['sectors', 'greentech'],
  ['trl', '6'],
  ['ipKind', 'giai_phap_huu_ich'],
  ['ipNumber', '2-0003123'],
  ['ipJurisdiction', 'Việt Nam'],
  ['ipExpiresOn', '2034-05-01'],
  ['coOwners', 'Công ty CP Sinh học Tây Nguyên | 30'],
  ['isStateFunded', 'yes'],
  ['transferForms', 'licence'],
  ['transferForms', 'consultancy'],
  ['priceVnd', '450.000.000'],
  ['contactEmail', 'ttcg@dhdn.example'],
  ...extra,
];

/** The form with these fields' values replaced (a checkbox group's by all of its choices). */
export const replaced = (base: FormEntries, changes: Record<string, string[]>): FormEntries => [
  ...base.filter(([k]) => !(k in changes)),
  ...Object.entries(changes).flatMap(([k, vs]) => vs.map((v): [string, string] => [k, v])),
];

/** The hidden fields of a list page's "save search" form, and an empty name. */
export function saveFormOf(html: string): FormEntries | undefined {
  const form = /<form method="post" action="\/marketplace\/searches">[^]*?<\/form>/.exec(html)?.[0];
  if (!form) return undefined;
  return [
    ...[...form.matchAll(/type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(
      (m): [string, string] => [m[1]!, m[2]!],
    ),
    ['name', ''],
  ];
}

export const idIn = (location: string | null) =>
  /\/offers\/([0-9a-f-]{36})/.exec(location ?? '')?.[1] ?? '';
/** An offer's current version, as the next step or edit must send it. */
export async function offerVersion(t: TestApp, id: string): Promise<number> {
  const rows = await t.database.query<{ version: number }>(
    'select version from marketplace_offers where id = $1',
    [id],
  );
  return rows[0]!.version;
}

export const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';
