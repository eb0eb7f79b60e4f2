// After the request: the owner of an offer that allows it accepts the introduction himself, the
// two sides write to each other with attachments only they and the brokers can read, report the
// stage they reached (a stale report gets 409), and are asked how far they got 30, 90 and 180
// days after the introduction — once each, and not after it ended.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import type { BrowserSession } from '../../../test/support/browser-session';
import { createJobRunner } from '../../platform/jobs';
import { marketplaceModule } from './manifest';
import { NUDGE_JOB, nudgeIntroduction } from './services/introduction-nudges';
import { offerForm } from './testing/fixture';
import { askIntroduction, openExchange, publishOffer } from './testing/exchange';

const START = new Date('2027-03-02T02:00:00Z');
const DAY = 86_400_000;
const PDF = new TextEncoder().encode('%PDF-1.7\n% bang bao gia\ntrailer\n%%EOF\n');

describe.each(testEngines)('an introduction’s thread, stages and nudges on %s', (engine) => {
  let t: TestApp;
  let office: BrowserSession;
  let buyer: BrowserSession;
  let outsider: BrowserSession;
  let staff: BrowserSession;
  let introId: string;
  let page: string;
  let officeId: string;
  let buyerId: string;

  const row = async () =>
    (
      await t.database.query<{ stage: string; version: number; introduced_by: string | null }>(
        'select stage, version, introduced_by from marketplace_introductions where id = $1',
        [introId],
      )
    )[0]!;
  const messages = async () =>
    (
      await t.database.query<{ n: number }>(
        'select count(*)::int as n from marketplace_introduction_messages',
      )
    )[0]!.n;
  const nudges = () =>
    t.database.query<{ to: string; text: string }>(
      `select "to", text from platform_mail_outbox where template = 'marketplace.introduction-nudge' order by created_at, "to"`,
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(START);
    const exchange = await openExchange(t, {
      institute: 'Viện Sinh học',
      coop: 'HTX Cà phê Cầu Đất',
    });
    const { institute, coop } = exchange;
    ({ officeId, buyerId, office, buyer, outsider, staff } = exchange);
    const offerId = await publishOffer(
      office,
      offerForm(institute.slug, [['allowsDirectIntroduction', 'yes']]),
    );
    page = await askIntroduction(buyer, offerId, coop.slug);
    introId = page.split('/').pop()!;
  });
  afterAll(() => t.close());

  it('lets the owner accept directly when the listing allows it, not the requester', async () => {
    const asks = await t.database.query<{ to: string; text: string }>(
      `select "to", text from platform_mail_outbox where template = 'marketplace.introduction-request'`,
    );
    expect(asks.map((m) => m.to)).toEqual(['ttcg@vien.example']);
    expect(asks[0]!.text).toContain(page);
    const buyerPage = await (await buyer.get(page)).text();
    expect(buyerPage).toContain('Trao đổi mở sau khi hai bên được giới thiệu.');
    const early = await buyer.post(`${page}/messages`, { body: 'Xin chào', key: 'k0' });
    expect(early.status).toBe(422);
    const self = await buyer.post(`${page}/step`, { step: 'introduce', version: '1' });
    expect(self.status).toBe(422);
    expect((await outsider.post(`${page}/step`, { step: 'introduce', version: '1' })).status).toBe(
      404,
    );
    expect(await (await office.get(page)).text()).toContain('Đồng ý kết nối');
    const accept = await office.post(`${page}/step`, {
      step: 'introduce',
      version: '1',
      note: 'Mời anh chị ghé viện thứ Năm.',
    });
    expect(accept.status).toBe(303);
    expect(await row()).toEqual({ stage: 'introduced', version: 2, introduced_by: officeId });
    const letters = await t.database.query<{ to: string }>(
      `select "to" from platform_mail_outbox where template = 'marketplace.introduced' order by "to"`,
    );
    expect(letters.map((l) => l.to)).toEqual(['giam-doc@htx.example', 'ttcg@vien.example']);
    const jobs = await t.database.query<{ key: string }>(
      `select key from platform_jobs where name = 'marketplace.introduction-nudge' order by run_at`,
    );
    expect(jobs.map((j) => j.key.split(':').at(-1))).toEqual(['30', '90', '180']);
  });

  it('keeps the thread and its attachments for the parties and brokers only', async () => {
    const notPdf = new FormData();
    notPdf.append('body', 'Bảng giá đính kèm');
    notPdf.append('key', 'k1');
    notPdf.append('file', new Blob(['just text']), 'bang-gia.pdf');
    const refused = await buyer.postMultipart(`${page}/messages`, notPdf);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('không phải PDF');
    const empty = await buyer.post(`${page}/messages`, { body: '  ', key: 'k2' });
    expect(empty.status).toBe(422);
    const form = () => {
      const f = new FormData();
      f.append('body', 'Bảng giá đính kèm, mời viện xem.');
      f.append('key', 'k3');
      f.append('file', new Blob([PDF]), 'Bảng giá.pdf');
      return f;
    };
    expect((await outsider.postMultipart(`${page}/messages`, form())).status).toBe(404);
    expect(await messages()).toBe(0);
    expect((await buyer.postMultipart(`${page}/messages`, form())).status).toBe(303);
    expect((await buyer.postMultipart(`${page}/messages`, form())).status).toBe(303);
    expect(await messages()).toBe(1);
    expect((await office.post(`${page}/messages`, { body: 'Đã nhận.', key: 'k4' })).status).toBe(
      303,
    );
    const [file] = await t.database.query<{ id: string }>(
      'select id from marketplace_introduction_messages where file_hash is not null',
    );
    const path = `${page}/messages/${file!.id}/file`;
    for (const who of [buyer, office, staff]) {
      const res = await who.get(path);
      expect(res.status).toBe(200);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    }
    expect((await outsider.get(path)).status).toBe(404);
    expect((await outsider.get(page)).status).toBe(404);
    const html = await (await office.get(page)).text();
    expect(html).toContain('Bảng giá đính kèm, mời viện xem.');
    expect(html).toContain('Đã nhận.');
  });

  it('gives the author their messages, and keeps them in the thread when the account is erased', async () => {
    const hooks = marketplaceModule.personalData!;
    const subject = { accountId: buyerId, email: 'giam-doc@htx.example' };
    const written = (await hooks.collect(t.deps, subject)).find(
      (s) => s.id === 'marketplace.messages',
    )!;
    expect(written.rows).toEqual([
      expect.objectContaining({ introductionId: introId, fileName: 'Bảng giá.pdf' }),
    ]);
    expect(hooks.kept).toContain('marketplace.erasure.keptThread');
  });

  it('takes the stage each side reports, and refuses a stale report', async () => {
    expect((await buyer.post(`${page}/step`, { step: 'talk', version: '2' })).status).toBe(303);
    const stale = await office.post(`${page}/step`, { step: 'negotiate', version: '2' });
    expect(stale.status).toBe(409);
    expect((await office.post(`${page}/step`, { step: 'negotiate', version: '3' })).status).toBe(
      303,
    );
    expect((await row()).stage).toBe('negotiating');
  });

  it('asks both sides how far they got at 30 and 90 days, once each, and stops once closed', async () => {
    const runner = createJobRunner({
      db: t.deps.database.db,
      clock: t.deps.clock,
      handlers: marketplaceModule.jobs!,
      deps: t.deps,
    });
    t.setNow(new Date(START.getTime() + 29 * DAY));
    await runner.runDue();
    expect(await nudges()).toHaveLength(0);
    t.setNow(new Date(START.getTime() + 31 * DAY));
    await runner.runDue();
    await runner.runDue();
    const sent = await nudges();
    expect(sent.map((m) => m.to).sort()).toEqual(['giam-doc@htx.example', 'ttcg@vien.example']);
    expect(sent[0]!.text).toContain('Đang đàm phán');
    expect(sent[0]!.text).toContain(page);
    // A job run again after its letters were queued writes none.
    await nudgeIntroduction(
      {
        id: 'again',
        name: NUDGE_JOB,
        payload: { introductionId: introId, days: 30 },
        key: null,
        attempt: 2,
        maxAttempts: 5,
        now: t.deps.clock(),
      },
      t.deps,
    );
    expect(await nudges()).toHaveLength(2);
    t.setNow(new Date(START.getTime() + 91 * DAY));
    await runner.runDue();
    expect(await nudges()).toHaveLength(4);
    const closed = await staff.post(`${page}/step`, {
      step: 'close',
      version: '4',
      reason: 'price',
    });
    expect(closed.status).toBe(303);
    t.setNow(new Date(START.getTime() + 181 * DAY));
    await runner.runDue();
    expect(await nudges()).toHaveLength(4);
    expect((await buyer.post(`${page}/messages`, { body: 'Còn đó?', key: 'k9' })).status).toBe(422);
  });
});
