// Two people of a technology-transfer office correct the same licence at once: one removes it as
// recorded by mistake while the other edits it, or records revenue under it. One of them wins;
// the other gets a page that says what happened and keeps what they typed — never an error page,
// never a revenue pointing at nothing. On PostgreSQL the other request is held at the row by an
// open transaction, so each order is tried for certain.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { managedOrganization, postForm, type FormEntries } from './testing/fixture';

const START = new Date('2026-12-01T02:00:00Z');
const REMOVED = 'Mục này vừa bị xoá trong lúc bạn sửa';
const STALE = 'Người khác đã lưu thay đổi';

describe.each(testEngines)('an IP licence edited and removed at once on %s', (engine) => {
  let t: TestApp;
  let ana: BrowserSession;
  let binh: BrowserSession;
  let asset: string;
  let n = 0;

  const q = <T>(sql: string, params: unknown[] = []) => t.database.query<T>(sql, params);
  const licenceRows = () =>
    q<{ licensee: string; terms: string }>(
      'select licensee, terms from marketplace_ip_licences order by created_at, licensee',
    );
  const revenueCount = async () =>
    (await q<{ n: number }>('select count(*)::int as n from marketplace_ip_revenues'))[0]!.n;
  const licenceAudit = async () =>
    (
      await q<{ n: number }>(
        `select count(*)::int as n from platform_audit_log
          where action in ('marketplace.ip-asset:licence-edit', 'marketplace.ip-asset:licence-remove')`,
      )
    )[0]!.n;
  const licenceForm = (licensee: string, terms: string): FormEntries => [
    ['licensee', licensee],
    ['licensedOn', '05/11/2026'],
    ['terms', terms],
  ];
  /** A fresh licence of the asset, at version 1. */
  async function newLicence() {
    n += 1;
    const licensee = `Công ty TNHH Nông sản số ${n}`;
    await postForm(ana, `/marketplace/ip-assets/${asset}/licences`, [
      ...licenceForm(licensee, 'Li-xăng không độc quyền 3 năm.'),
      ['submissionKey', `lic-${n}`],
    ]);
    const [row] = await q<{ id: string }>(
      'select id from marketplace_ip_licences where licensee = $1',
      [licensee],
    );
    return { path: `/marketplace/ip-assets/${asset}/licences/${row!.id}`, id: row!.id, licensee };
  }
  const edit = (path: string, terms: string, licensee = 'Công ty TNHH Nông sản Đà Lạt') =>
    postForm(binh, path, [...licenceForm(licensee, terms), ['version', '1']]);
  const remove = (path: string) => postForm(ana, `${path}/remove`, [['version', '1']]);
  const revenueNaming = (licenceId: string) =>
    postForm(binh, `/marketplace/ip-assets/${asset}/revenues`, [
      ['amountVnd', '20.000.000'],
      ['receivedOn', '25/11/2026'],
      ['licenceId', licenceId],
      ['note', 'Đợt thanh toán đầu'],
      ['submissionKey', `rev-${licenceId}`],
    ]);

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    const a = await createUser(t, { email: 'ana@dhtn.example' });
    const b = await createUser(t, { email: 'binh@dhtn.example' });
    const university = await managedOrganization(t, 'university', 'Trường Đại học Tây Nguyên', [
      [a.id, 'owner'],
      [b.id, 'admin'],
    ]);
    ana = await signIn(t, 'ana@dhtn.example');
    binh = await signIn(t, 'binh@dhtn.example');
    const res = await postForm(ana, `/marketplace/portfolio/${university.slug}/new`, [
      ['title', 'Quy trình sấy lạnh dâu tây'],
      ['ipKind', 'sang_che'],
      ['stage', 'disclosed'],
      ['submissionKey', 'asset-1'],
    ]);
    asset = /ip-assets\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')![1]!;
  });
  afterAll(() => t.close());

  it('an edit sent after the removal says so, keeps what was typed and adds it anew', async () => {
    const licence = await newLicence();
    expect((await remove(licence.path)).status).toBe(303);
    const late = await edit(licence.path, 'Độc quyền tại Lâm Đồng, 5 năm.');
    expect(late.status).toBe(409);
    const html = await late.text();
    expect(html).toContain(REMOVED);
    expect(html).toContain('value="Công ty TNHH Nông sản Đà Lạt"');
    expect(html).toContain('Độc quyền tại Lâm Đồng, 5 năm.');
    expect(html).toContain(`action="/marketplace/ip-assets/${asset}/licences"`);
    const key = /name="submissionKey" value="([^"]+)"/.exec(html)![1]!;
    const again = licenceForm('Công ty TNHH Nông sản Đà Lạt', 'Độc quyền tại Lâm Đồng, 5 năm.');
    for (let i = 0; i < 2; i++)
      await postForm(binh, `/marketplace/ip-assets/${asset}/licences`, [
        ...again,
        ['submissionKey', key],
      ]);
    expect(await licenceRows()).toEqual([
      { licensee: 'Công ty TNHH Nông sản Đà Lạt', terms: 'Độc quyền tại Lâm Đồng, 5 năm.' },
    ]);
    binh.set('lang', 'en');
    const english = await edit(licence.path, 'Exclusive.');
    binh.set('lang', 'vi');
    expect(await english.text()).toContain('This entry was removed while you were editing it');
    await q('delete from marketplace_ip_licences');
  });

  it('of an edit and a removal sent together, one wins and the other is told', async () => {
    const licence = await newLicence();
    const auditBefore = await licenceAudit();
    const [edited, removed, removedTwice] = await Promise.all([
      edit(licence.path, 'Độc quyền 5 năm.', licence.licensee),
      remove(licence.path),
      remove(licence.path),
    ]);
    const rows = await licenceRows();
    if (rows.length === 1) {
      // The edit won: the removals were refused as stale, the licence stands as edited.
      expect(edited.status).toBe(303);
      expect(rows[0]!.terms).toBe('Độc quyền 5 năm.');
      for (const res of [removed, removedTwice]) {
        expect(res.status).toBe(409);
        expect(await res.text()).toContain(STALE);
      }
    } else {
      // A removal won: the other removal is done too, the edit is told and keeps its text.
      expect(rows).toEqual([]);
      expect([removed.status, removedTwice.status]).toEqual([303, 303]);
      expect(edited.status).toBe(409);
      const html = await edited.text();
      expect(html).toContain(REMOVED);
      expect(html).toContain('Độc quyền 5 năm.');
    }
    // Whoever won, the licence was changed once: one edit or one removal in the audit log.
    expect((await licenceAudit()) - auditBefore).toBe(1);
    await q('delete from marketplace_ip_licences');
  });

  it('of a removal and a revenue under the licence sent together, one wins and the other is told', async () => {
    const licence = await newLicence();
    const [revenue, removed] = await Promise.all([revenueNaming(licence.id), remove(licence.path)]);
    if ((await licenceRows()).length === 1) {
      expect(revenue.status).toBe(303);
      expect(await revenueCount()).toBe(1);
      expect(removed.status).toBe(409);
      expect(await removed.text()).toContain('Hợp đồng này đã có doanh thu ghi nhận theo nó.');
    } else {
      expect(removed.status).toBe(303);
      expect(revenue.status).toBe(422);
      expect(await revenue.text()).toContain('Hợp đồng li-xăng đã chọn không còn');
      expect(await revenueCount()).toBe(0);
    }
    await q('delete from marketplace_ip_revenues');
    await q('delete from marketplace_ip_licences');
  });

  /**
   * Runs `first` in a transaction of its own (the request that got there first), sends `second`,
   * and commits once the second waits for the row — the order is then certain.
   */
  async function heldBehind(
    first: (c: pg.Client) => Promise<unknown>,
    second: () => Promise<Response>,
  ) {
    const other = new pg.Client({ connectionString: t.database.url });
    await other.connect();
    try {
      await other.query('begin');
      await first(other);
      const sent = second();
      // Until the request waits for the row (bounded: a request that never waits fails below).
      for (let polls = 0; polls < 500; polls++) {
        const waiting = await q(
          `select 1 from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if (waiting.length > 0) break;
      }
      await other.query('commit');
      return await sent;
    } finally {
      await other.end();
    }
  }

  it.runIf(engine === 'postgres')(
    'an edit waiting behind a removal is told the entry is gone, keeping what was typed',
    async () => {
      const licence = await newLicence();
      const res = await heldBehind(
        (c) => c.query('delete from marketplace_ip_licences where id = $1', [licence.id]),
        () => edit(licence.path, 'Độc quyền 7 năm.'),
      );
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain(REMOVED);
      expect(html).toContain('Độc quyền 7 năm.');
      expect(await licenceRows()).toEqual([]);
    },
  );

  it.runIf(engine === 'postgres')(
    'a removal waiting behind an edit is refused as stale, the edit kept',
    async () => {
      const licence = await newLicence();
      const res = await heldBehind(
        (c) =>
          c.query(
            `update marketplace_ip_licences set terms = 'Sửa trước', version = 2 where id = $1`,
            [licence.id],
          ),
        () => remove(licence.path),
      );
      expect(res.status).toBe(409);
      expect(await res.text()).toContain(STALE);
      expect(await licenceRows()).toEqual([{ licensee: licence.licensee, terms: 'Sửa trước' }]);
      await q('delete from marketplace_ip_licences');
    },
  );

  it.runIf(engine === 'postgres')(
    'a revenue waiting behind the removal of its licence is refused with its message, nothing stored',
    async () => {
      const licence = await newLicence();
      const res = await heldBehind(
        (c) => c.query('delete from marketplace_ip_licences where id = $1', [licence.id]),
        () => revenueNaming(licence.id),
      );
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('Hợp đồng li-xăng đã chọn không còn');
      expect(await revenueCount()).toBe(0);
    },
  );

  it.runIf(engine === 'postgres')(
    'a removal waiting behind revenue under the licence keeps the licence and says why',
    async () => {
      const licence = await newLicence();
      const res = await heldBehind(
        (c) =>
          c.query(
            `insert into marketplace_ip_revenues (asset_id, licence_id, amount_vnd, received_on)
             values ($1, $2, 20000000, '2026-11-25')`,
            [asset, licence.id],
          ),
        () => remove(licence.path),
      );
      expect(res.status).toBe(409);
      expect(await res.text()).toContain('Hợp đồng này đã có doanh thu ghi nhận theo nó.');
      expect(await revenueCount()).toBe(1);
      expect((await licenceRows()).length).toBe(1);
      await q('delete from marketplace_ip_revenues');
      await q('delete from marketplace_ip_licences');
    },
  );
});
