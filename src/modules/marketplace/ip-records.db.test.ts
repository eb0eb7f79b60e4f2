// An office corrects what it wrote about an asset: a fee's amount and due day (the reminder
// follows the fee), its payment undone, a licence's terms, a revenue entry's amount; and removes
// an entry recorded by mistake. A stale form gets 409 with what was saved meanwhile and changes
// nothing; nonsense is refused with messages in both languages; another university's office,
// a researcher of the same university and a visitor get 404 and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { managedOrganization, postForm, versionIn, type FormEntries } from './testing/fixture';

const START = new Date('2026-12-01T02:00:00Z');

describe.each(testEngines)(
  'correcting an IP asset’s fees, licences and revenue on %s',
  (engine) => {
    let t: TestApp;
    let office: BrowserSession;
    let outsiders: BrowserSession[];
    let asset: string;
    let otherAsset: string;

    const q = <T>(sql: string, params: unknown[] = []) => t.database.query<T>(sql, params);
    const one = async <T>(sql: string, params: unknown[] = []) => (await q<T>(sql, params))[0]!;
    const reminders = async () =>
      (
        await one<{ n: number }>(
          `select count(*)::int as n from platform_mail_outbox where template = 'marketplace.ip-fee-reminder'`,
        )
      ).n;
    const add = (browser: BrowserSession, assetId: string, what: string, entries: FormEntries) =>
      postForm(browser, `/marketplace/ip-assets/${assetId}/${what}`, entries);
    const shownVersion = async (path: string) => versionIn(await (await office.get(path)).text());

    beforeAll(async () => {
      t = await createTestApp(engine);
      t.setNow(START);
      const o = await createUser(t, { email: 'ttcg@dhtn.example' });
      const r = await createUser(t, { email: 'nghien-cuu@dhtn.example' });
      const x = await createUser(t, { email: 'ttcg@dhdl.example' });
      const university = await managedOrganization(t, 'university', 'Trường Đại học Tây Nguyên', [
        [o.id, 'owner'],
        [r.id, 'member'],
      ]);
      const other = await managedOrganization(t, 'university', 'Trường Đại học Đà Lạt', [
        [x.id, 'owner'],
      ]);
      office = await signIn(t, 'ttcg@dhtn.example');
      const otherOffice = await signIn(t, 'ttcg@dhdl.example');
      outsiders = [
        otherOffice,
        await signIn(t, 'nghien-cuu@dhtn.example'),
        new BrowserSession(t.app),
      ];
      const newAsset = async (browser: BrowserSession, slug: string, title: string) => {
        const res = await postForm(browser, `/marketplace/portfolio/${slug}/new`, [
          ['title', title],
          ['ipKind', 'sang_che'],
          ['stage', 'disclosed'],
          ['submissionKey', title],
        ]);
        return /ip-assets\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')![1]!;
      };
      asset = await newAsset(office, university.slug, 'Quy trình sấy lạnh dâu tây');
      otherAsset = await newAsset(otherOffice, other.slug, 'Giống hoa lan DL-3');
    });
    afterAll(() => t.close());

    it('moves a fee’s reminder with its due day, and drops it while the fee is paid', async () => {
      await add(office, asset, 'fees', [
        ['label', 'Phí duy trì năm thứ 2'],
        ['dueOn', '10/01/2027'],
        ['amountVnd', '1.200.000'],
        ['submissionKey', 'fee-1'],
      ]);
      const fee = await one<{ id: string }>('select id from marketplace_ip_fees');
      const path = `/marketplace/ip-assets/${asset}/fees/${fee.id}`;
      const page = await (await office.get(`/marketplace/ip-assets/${asset}`)).text();
      expect(page).toContain(`href="${path}"`);
      const form = await (await office.get(path)).text();
      expect(form).toContain('value="Phí duy trì năm thứ 2"');
      expect(form).toContain('value="1200000"');
      const edit = (fields: FormEntries, version: string) =>
        postForm(office, path, [...fields, ['version', version]]);
      const moved = await edit(
        [
          ['label', 'Phí duy trì năm thứ 2 (gia hạn)'],
          ['dueOn', '10/03/2027'],
          ['amountVnd', '1.500.000'],
          ['paidOn', ''],
        ],
        await shownVersion(path),
      );
      expect(moved.status).toBe(303);
      expect(moved.headers.get('location')).toBe(
        `/marketplace/ip-assets/${asset}?done=recordSaved`,
      );
      expect(
        await one(
          'select label, due_on::text as due, amount_vnd::text as amount, version from marketplace_ip_fees',
        ),
      ).toEqual({
        label: 'Phí duy trì năm thứ 2 (gia hạn)',
        due: '2027-03-10',
        amount: '1500000',
        version: 2,
      });
      // 30 days before the old day: no reminder, the fee moved.
      t.setNow(new Date('2026-12-12T00:00:00Z'));
      await settleJobs(t);
      expect(await reminders()).toBe(0);
      // Marked paid on its page, then the payment undone: the reminder comes back, for the new day.
      const paid = await edit(
        [
          ['label', 'Phí duy trì năm thứ 2 (gia hạn)'],
          ['dueOn', '10/03/2027'],
          ['amountVnd', '1.500.000'],
          ['paidOn', '11/12/2026'],
        ],
        '2',
      );
      expect(paid.status).toBe(303);
      t.setNow(new Date('2027-02-09T00:00:00Z'));
      await settleJobs(t);
      expect(await reminders()).toBe(0);
      await edit(
        [
          ['label', 'Phí duy trì năm thứ 2 (gia hạn)'],
          ['dueOn', '10/03/2027'],
          ['amountVnd', '1.500.000'],
          ['paidOn', ''],
        ],
        '3',
      );
      await settleJobs(t);
      expect(await reminders()).toBe(1);
      const mail = await one<{ subject: string }>(
        `select subject from platform_mail_outbox where template = 'marketplace.ip-fee-reminder'`,
      );
      expect(mail.subject).toContain('đến hạn ngày 10/03/2027');
      t.setNow(START);
    });

    it('refuses nonsense and a stale form, in both languages, changing nothing', async () => {
      const fee = await one<{ id: string; version: number }>(
        'select id, version from marketplace_ip_fees',
      );
      const path = `/marketplace/ip-assets/${asset}/fees/${fee.id}`;
      const bad = await postForm(office, path, [
        ['label', ''],
        ['dueOn', '31/02/2027'],
        ['amountVnd', '-5'],
        ['paidOn', '01/01/2030'],
        ['version', String(fee.version)],
      ]);
      expect(bad.status).toBe(422);
      const html = await bad.text();
      expect(html).toContain('Số tiền không hợp lệ');
      expect(html).toContain('Ngày không hợp lệ');
      expect(html).toContain('value="-5"');
      const future = await postForm(office, path, [
        ['label', 'Phí năm 2'],
        ['dueOn', '10/03/2027'],
        ['amountVnd', '1.500.000'],
        ['paidOn', '01/01/2030'],
        ['version', String(fee.version)],
      ]);
      expect(future.status).toBe(422);
      expect(await future.text()).toContain('Ngày nộp không thể sau hôm nay.');
      office.set('lang', 'en');
      const english = await postForm(office, path, [
        ['label', 'Phí năm 2'],
        ['dueOn', '10/03/2027'],
        ['amountVnd', 'a million'],
        ['version', String(fee.version)],
      ]);
      expect(await english.text()).toContain('This is not a valid amount.');
      office.set('lang', 'vi');

      const stale = await postForm(office, path, [
        ['label', 'Phí năm 2 — bản cũ'],
        ['dueOn', '10/03/2027'],
        ['amountVnd', '900.000'],
        ['version', '1'],
      ]);
      expect(stale.status).toBe(409);
      const staleHtml = await stale.text();
      expect(staleHtml).toContain('Người khác đã lưu thay đổi');
      // What was typed stays in the field; what was saved meanwhile is shown beside it.
      expect(staleHtml).toContain('value="Phí năm 2 — bản cũ"');
      expect(staleHtml).toContain('Phí duy trì năm thứ 2 (gia hạn)');
      expect(await one('select label, version from marketplace_ip_fees')).toEqual({
        label: 'Phí duy trì năm thứ 2 (gia hạn)',
        version: fee.version,
      });
    });

    it('keeps a licence that revenue names; removes entries once, refusing a stale removal', async () => {
      await add(office, asset, 'licences', [
        ['licensee', 'Công ty TNHH Nông sản Đà Lạt'],
        ['licensedOn', '05/11/2026'],
        ['terms', 'Li-xăng không độc quyền 3 năm.'],
        ['submissionKey', 'lic-1'],
      ]);
      const licence = await one<{ id: string }>('select id from marketplace_ip_licences');
      await add(office, asset, 'revenues', [
        ['amountVnd', '50.000.000'],
        ['receivedOn', '20/11/2026'],
        ['licenceId', licence.id],
        ['submissionKey', 'rev-1'],
      ]);
      const revenue = await one<{ id: string }>('select id from marketplace_ip_revenues');
      const licencePath = `/marketplace/ip-assets/${asset}/licences/${licence.id}`;
      const revenuePath = `/marketplace/ip-assets/${asset}/revenues/${revenue.id}`;

      const kept = await postForm(office, `${licencePath}/remove`, [['version', '1']]);
      expect(kept.status).toBe(409);
      expect(await kept.text()).toContain('Hợp đồng này đã có doanh thu ghi nhận theo nó.');

      const revenueForm = await (await office.get(revenuePath)).text();
      expect(revenueForm).toMatch(new RegExp(`<option value="${licence.id}" selected`));
      const zero = await postForm(office, revenuePath, [
        ['amountVnd', '0'],
        ['receivedOn', '20/11/2026'],
        ['version', '1'],
      ]);
      expect(zero.status).toBe(422);
      expect(await zero.text()).toContain('Số tiền phải lớn hơn 0.');
      const edited = await postForm(office, revenuePath, [
        ['amountVnd', '55.000.000'],
        ['receivedOn', '21/11/2026'],
        ['note', 'Đợt 1'],
        ['version', '1'],
      ]);
      expect(edited.status).toBe(303);
      expect(
        await one(
          'select amount_vnd::text as amount, licence_id, note from marketplace_ip_revenues',
        ),
      ).toEqual({ amount: '55000000', licence_id: null, note: 'Đợt 1' });

      const licenceEdit = await postForm(office, licencePath, [
        ['licensee', 'Công ty TNHH Nông sản Đà Lạt'],
        ['licensedOn', '05/11/2026'],
        ['isExclusive', 'yes'],
        ['terms', 'Li-xăng độc quyền 3 năm tại Lâm Đồng.'],
        ['version', '1'],
      ]);
      expect(licenceEdit.status).toBe(303);
      const staleRemove = await postForm(office, `${licencePath}/remove`, [['version', '1']]);
      expect(staleRemove.status).toBe(409);
      expect(await staleRemove.text()).toContain('Người khác đã lưu thay đổi');
      const removed = await postForm(office, `${licencePath}/remove`, [['version', '2']]);
      expect(removed.headers.get('location')).toBe(
        `/marketplace/ip-assets/${asset}?done=recordRemoved`,
      );
      const again = await postForm(office, `${licencePath}/remove`, [['version', '2']]);
      expect(again.headers.get('location')).toContain('done=recordRemoved');
      expect((await q('select id from marketplace_ip_licences')).length).toBe(0);
      expect((await office.get(licencePath)).status).toBe(404);
      const audit = await q<{ action: string }>(
        `select action from platform_audit_log where action like 'marketplace.ip-asset:licence-%' order by action`,
      );
      expect(audit.map((a) => a.action)).toEqual([
        'marketplace.ip-asset:licence-edit',
        'marketplace.ip-asset:licence-remove',
      ]);
    });

    it('removes a fee with its reminder', async () => {
      const fee = await one<{ id: string; version: number }>(
        'select id, version from marketplace_ip_fees',
      );
      const path = `/marketplace/ip-assets/${asset}/fees/${fee.id}`;
      expect(
        (await postForm(office, `${path}/remove`, [['version', String(fee.version)]])).status,
      ).toBe(303);
      expect(
        await one(
          'select count(*)::int as n from platform_jobs where key like $1 and done_at is null',
          [`%${fee.id}`],
        ),
      ).toEqual({ n: 0 });
    });

    it('answers 404 to everyone else and to another asset’s record, changing nothing', async () => {
      const revenue = await one<{ id: string; version: number }>(
        'select id, version from marketplace_ip_revenues',
      );
      const path = `/marketplace/ip-assets/${asset}/revenues/${revenue.id}`;
      const fields: FormEntries = [
        ['amountVnd', '1'],
        ['receivedOn', '01/12/2026'],
        ['version', String(revenue.version)],
      ];
      for (const outsider of outsiders) {
        expect((await outsider.get(path)).status).toBeOneOf([302, 303, 404]);
        expect((await postForm(outsider, path, fields)).status).toBeOneOf([
          302, 303, 401, 403, 404,
        ]);
        expect((await postForm(outsider, `${path}/remove`, fields)).status).toBeOneOf([
          302, 303, 401, 403, 404,
        ]);
      }
      expect((await outsiders[0]!.get(path)).status).toBe(404);
      // The record exists, but not under the asset the address names.
      const wrongAsset = `/marketplace/ip-assets/${otherAsset}/revenues/${revenue.id}`;
      expect((await outsiders[0]!.get(wrongAsset)).status).toBe(404);
      expect((await postForm(office, wrongAsset, fields)).status).toBe(404);
      expect(
        await one('select amount_vnd::text as amount, version from marketplace_ip_revenues'),
      ).toEqual({ amount: '55000000', version: revenue.version });
    });
  },
);
