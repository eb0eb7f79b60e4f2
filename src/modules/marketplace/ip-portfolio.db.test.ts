// A university's technology-transfer office keeps its IP portfolio: an asset goes from the
// inventors' disclosure to a filing and a grant; the public page shows only filed and granted
// assets and only their public particulars; another university's office, a researcher of the
// same university and a visitor never reach the office's pages (404) and change nothing; staff
// keep every portfolio. Fees remind the office once, 30 days before they fall due; a fee paid
// is reminded of no more; licences and revenue are recorded once per form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { idIn, managedOrganization, offerForm, postForm, versionIn } from './testing/fixture';

const START = new Date('2026-12-01T02:00:00Z');

const assetForm = (extra: Record<string, string> = {}): [string, string][] =>
  Object.entries({
    title: 'Quy trình chiết xuất cao chè vằng bằng CO2 siêu tới hạn',
    reference: 'SC-2024-07',
    ipKind: 'sang_che',
    stage: 'disclosed',
    disclosedOn: '15/03/2024',
    jurisdiction: 'Việt Nam',
    inventors: 'PGS.TS. Trần Văn Bí Mật',
    notes: 'Đang đàm phán với Công ty Dược Hậu Giang, chưa công bố.',
    coOwners: 'Viện Dược liệu | 20',
    isStateFunded: 'yes',
    submissionKey: 'asset-form-1',
    ...extra,
  });

describe.each(testEngines)('university IP portfolio on %s', (engine) => {
  let t: TestApp;
  let office: BrowserSession;
  let researcher: BrowserSession;
  let otherOffice: BrowserSession;
  let staff: BrowserSession;
  let visitor: BrowserSession;
  let slug: string;
  let otherSlug: string;
  let assetId: string;

  const q = <T>(sql: string, params: unknown[] = []) => t.database.query<T>(sql, params);
  const assetCount = async () =>
    (await q<{ n: number }>('select count(*)::int as n from marketplace_ip_assets'))[0]!.n;
  const asset = async () =>
    (
      await q<{ stage: string; title: string; version: number }>(
        'select stage, title, version from marketplace_ip_assets where id = $1',
        [assetId],
      )
    )[0]!;
  const reminders = async () =>
    (
      await q<{ n: number }>(
        `select count(*)::int as n from platform_mail_outbox where template = 'marketplace.ip-fee-reminder'`,
      )
    )[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    const o = await createUser(t, { email: 'ttcg@dhtn.example', name: 'Phòng Chuyển giao' });
    const r = await createUser(t, { email: 'nghien-cuu@dhtn.example' });
    const x = await createUser(t, { email: 'ttcg@dhdl.example' });
    await createUser(t, { email: 'staff@sokhcn.example', roles: ['staff'] });
    const university = await managedOrganization(t, 'university', 'Trường Đại học Tây Nguyên', [
      [o.id, 'owner'],
      [r.id, 'member'],
    ]);
    const other = await managedOrganization(t, 'university', 'Trường Đại học Đà Lạt', [
      [x.id, 'owner'],
    ]);
    slug = university.slug;
    otherSlug = other.slug;
    office = await signIn(t, 'ttcg@dhtn.example');
    researcher = await signIn(t, 'nghien-cuu@dhtn.example');
    otherOffice = await signIn(t, 'ttcg@dhdl.example');
    staff = await signIn(t, 'staff@sokhcn.example');
    visitor = new BrowserSession(t.app);
  });
  afterAll(() => t.close());

  it('refuses a filing without its number and day, keeping what was typed', async () => {
    const res = await postForm(office, `/marketplace/portfolio/${slug}/new`, [
      ...assetForm({ stage: 'filed', filedOn: '01/02/2024', submissionKey: 'bad-1' }),
    ]);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Giai đoạn đã chọn cần thông tin này.');
    expect(html).toContain('Ngày này phải sau các ngày của giai đoạn trước.');
    expect(html).toContain('CO2 siêu tới hạn');
    expect(await assetCount()).toBe(0);
  });

  it('adds a disclosure once however often the form is sent, visible to its office only', async () => {
    const first = await postForm(office, `/marketplace/portfolio/${slug}/new`, assetForm());
    expect(first.status).toBe(303);
    assetId = /ip-assets\/([0-9a-f-]{36})/.exec(first.headers.get('location') ?? '')![1]!;
    const again = await postForm(office, `/marketplace/portfolio/${slug}/new`, assetForm());
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(await assetCount()).toBe(1);

    const page = await (await office.get(`/marketplace/portfolio/${slug}`)).text();
    expect(page).toContain('CO2 siêu tới hạn');
    expect(page).toContain('SC-2024-07');
    for (const outsider of [otherOffice, researcher, visitor]) {
      expect((await outsider.get(`/marketplace/portfolio/${slug}`)).status).toBeOneOf([
        302, 303, 404,
      ]);
      expect((await outsider.get(`/marketplace/ip-assets/${assetId}`)).status).toBeOneOf([
        302, 303, 404,
      ]);
    }
    expect((await otherOffice.get(`/marketplace/portfolio/${slug}`)).status).toBe(404);
    expect((await staff.get(`/marketplace/portfolio/${slug}`)).status).toBe(200);
    // A disclosure is never public.
    const pub = await (await visitor.get(`/marketplace/universities/${slug}`)).text();
    expect(pub).not.toContain('CO2 siêu tới hạn');
  });

  it('moves the asset to its grant; an outsider and a stale form change nothing', async () => {
    const edit = await office.get(`/marketplace/ip-assets/${assetId}/edit`);
    const version = versionIn(await edit.text());
    const granted = assetForm({
      stage: 'granted',
      filingNumber: '1-2024-01234',
      filedOn: '2024-04-02',
      grantNumber: '1-0045678',
      grantedOn: '20/10/2026',
      expiresOn: '02/04/2044',
      version,
    });
    const refused = await postForm(otherOffice, `/marketplace/ip-assets/${assetId}/edit`, granted);
    expect(refused.status).toBe(404);
    expect((await asset()).stage).toBe('disclosed');
    expect((await postForm(office, `/marketplace/ip-assets/${assetId}/edit`, granted)).status).toBe(
      303,
    );
    const stale = await postForm(office, `/marketplace/ip-assets/${assetId}/edit`, granted);
    expect(stale.status).toBe(409);
    expect((await asset()).version).toBe(Number(version) + 1);

    const pub = await (await visitor.get(`/marketplace/universities/${slug}`)).text();
    expect(pub).toContain('CO2 siêu tới hạn');
    expect(pub).toContain('1-0045678');
    expect(pub).toContain('1-2024-01234');
    for (const secret of ['Bí Mật', 'Dược Hậu Giang', 'Viện Dược liệu', 'SC-2024-07'])
      expect(pub).not.toContain(secret);
    // Another university's public page is its own.
    const otherPub = await (await visitor.get(`/marketplace/universities/${otherSlug}`)).text();
    expect(otherPub).not.toContain('CO2 siêu tới hạn');
  });

  it('links the asset to its own offer only, and the public page to it while listed', async () => {
    const created = await postForm(office, '/marketplace/offers/new', [
      ...offerForm(slug),
      ['submissionKey', 'offer-1'],
    ]);
    const offerId = idIn(created.headers.get('location'));
    const other = await postForm(otherOffice, '/marketplace/offers/new', [
      ...offerForm(otherSlug),
      ['submissionKey', 'offer-2'],
    ]);
    const otherOfferId = idIn(other.headers.get('location'));
    const { version } = await asset();
    const withOffer = (offer: string, v: number) =>
      postForm(office, `/marketplace/ip-assets/${assetId}/edit`, [
        ...assetForm({
          stage: 'granted',
          filingNumber: '1-2024-01234',
          filedOn: '2024-04-02',
          grantNumber: '1-0045678',
          grantedOn: '2026-10-20',
          offer,
          version: String(v),
        }),
      ]);
    const wrong = await withOffer(otherOfferId, version);
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('Hãy chọn một tin chào bán của chính đơn vị này.');
    expect((await withOffer(offerId, version)).status).toBe(303);
    const offerLink = `/marketplace/offers/${offerId}`;
    expect(await (await visitor.get(`/marketplace/universities/${slug}`)).text()).not.toContain(
      offerLink,
    );
    const [{ version: ov }] = (await q<{ version: number }>(
      'select version from marketplace_offers where id = $1',
      [offerId],
    )) as [{ version: number }];
    await office.post(`${offerLink}/step`, { step: 'submit', version: String(ov) });
    await office.post(`${offerLink}/step`, { step: 'approve', version: String(ov + 1) });
    expect(await (await visitor.get(`/marketplace/universities/${slug}`)).text()).toContain(
      offerLink,
    );
  });

  it('reminds the office once, 30 days before a fee falls due, and never for a paid fee', async () => {
    const fee = (key: string, label: string, dueOn: string) =>
      postForm(office, `/marketplace/ip-assets/${assetId}/fees`, [
        ['label', label],
        ['dueOn', dueOn],
        ['amountVnd', '1.200.000'],
        ['submissionKey', key],
      ]);
    const bad = await postForm(office, `/marketplace/ip-assets/${assetId}/fees`, [
      ['label', 'Phí năm 3'],
      ['dueOn', '31/02/2027'],
      ['amountVnd', 'một triệu'],
      ['submissionKey', 'fee-bad'],
    ]);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Số tiền không hợp lệ');
    expect((await fee('fee-1', 'Phí duy trì năm thứ 3', '30/01/2027')).status).toBe(303);
    expect((await fee('fee-1', 'Phí duy trì năm thứ 3', '30/01/2027')).status).toBe(303);
    expect((await fee('fee-2', 'Phí duy trì năm thứ 4', '20/03/2027')).status).toBe(303);
    const fees = await q<{ id: string; label: string }>(
      'select id, label from marketplace_ip_fees order by due_on',
    );
    expect(fees.map((f) => f.label)).toEqual(['Phí duy trì năm thứ 3', 'Phí duy trì năm thứ 4']);
    const refusedPay = await otherOffice.post(
      `/marketplace/ip-assets/${assetId}/fees/${fees[1]!.id}/paid`,
      {},
    );
    expect(refusedPay.status).toBe(404);
    const pay = await office.post(`/marketplace/ip-assets/${assetId}/fees/${fees[1]!.id}/paid`, {});
    expect(pay.headers.get('location')).toContain('done=paid');
    const twice = await office.post(
      `/marketplace/ip-assets/${assetId}/fees/${fees[1]!.id}/paid`,
      {},
    );
    expect(twice.headers.get('location')).toContain('done=alreadyPaid');

    t.setNow(new Date('2026-12-30T00:00:00Z')); // 31 days before in Vietnam: not yet
    await settleJobs(t);
    expect(await reminders()).toBe(0);
    t.setNow(new Date('2027-01-01T00:00:00Z'));
    await settleJobs(t);
    expect(await reminders()).toBe(1);
    const [mail] = await q<{ to: string; subject: string }>(
      `select "to", subject from platform_mail_outbox where template = 'marketplace.ip-fee-reminder'`,
    );
    expect(mail).toEqual({
      to: 'ttcg@dhtn.example',
      subject:
        'Phí duy trì năm thứ 3 của "Quy trình chiết xuất cao chè vằng bằng CO2 siêu tới hạn" đến hạn ngày 30/01/2027',
    });
    t.setNow(new Date('2027-03-25T00:00:00Z'));
    await settleJobs(t);
    expect(await reminders()).toBe(1);
    t.setNow(START);
  });

  it('records licences and revenue once per form, refusing nonsense', async () => {
    const licence = await postForm(office, `/marketplace/ip-assets/${assetId}/licences`, [
      ['licensee', 'Công ty CP Dược phẩm Lâm Đồng'],
      ['licensedOn', '05/11/2026'],
      ['isExclusive', 'yes'],
      ['terms', 'Li-xăng độc quyền 5 năm tại Việt Nam, phí ban đầu 300 triệu và 3% doanh thu.'],
      ['submissionKey', 'lic-1'],
    ]);
    expect(licence.status).toBe(303);
    const licenceId = (await q<{ id: string }>('select id from marketplace_ip_licences'))[0]!.id;
    const revenue = (amount: string, key: string) =>
      postForm(office, `/marketplace/ip-assets/${assetId}/revenues`, [
        ['amountVnd', amount],
        ['receivedOn', '20/11/2026'],
        ['licenceId', licenceId],
        ['submissionKey', key],
      ]);
    const zero = await revenue('0', 'rev-0');
    expect(zero.status).toBe(422);
    expect(await zero.text()).toContain('Số tiền phải lớn hơn 0.');
    expect((await revenue('300.000.000', 'rev-1')).status).toBe(303);
    expect((await revenue('300.000.000', 'rev-1')).status).toBe(303);
    const outsider = await postForm(otherOffice, `/marketplace/ip-assets/${assetId}/revenues`, [
      ['amountVnd', '5.000.000'],
      ['receivedOn', '20/11/2026'],
      ['submissionKey', 'rev-x'],
    ]);
    expect(outsider.status).toBe(404);
    const [{ total }] = (await q<{ total: string }>(
      'select sum(amount_vnd)::text as total from marketplace_ip_revenues',
    )) as [{ total: string }];
    expect(total).toBe('300000000');
    const page = await (await office.get(`/marketplace/portfolio/${slug}`)).text();
    expect(page).toContain('300.000.000');
    const pub = await (await visitor.get(`/marketplace/universities/${slug}`)).text();
    expect(pub).not.toContain('Dược phẩm Lâm Đồng');
    expect(pub).not.toContain('300.000.000');
  });

  it('lets staff keep every portfolio and lists it for them', async () => {
    const index = await (await staff.get('/marketplace/portfolio')).text();
    expect(index).toContain('Trường Đại học Tây Nguyên');
    const mine = await (await otherOffice.get('/marketplace/portfolio')).text();
    expect(mine).toContain('Trường Đại học Đà Lạt');
    expect(mine).not.toContain('Trường Đại học Tây Nguyên');
    const res = await postForm(staff, `/marketplace/portfolio/${otherSlug}/new`, [
      ...assetForm({ reference: 'DL-01', submissionKey: 'staff-1', title: 'Giống dâu tây DL-01' }),
    ]);
    expect(res.status).toBe(303);
  });
});
