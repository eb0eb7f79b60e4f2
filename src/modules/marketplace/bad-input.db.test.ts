// Item 10's other clauses over every form of the exchange at once: a listing sent twice at the same
// moment is one listing; every price and value field (an offer's indicative price, a need's budget,
// a deal's value, an IP fee's and a revenue's amount, added or corrected) refuses nonsense with its
// message in Vietnamese and English, storing nothing; an executable renamed as a PDF, an image or a
// Word file is refused wherever files are uploaded; a deal recorded or confirmed from a stale page
// answers 409 and keeps what was recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, NO_RATE_LIMITS, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { buildWorld, type World } from './testing/access-world';
import { idIn, offerForm, postForm, type FormEntries } from './testing/fixture';

const START = new Date('2027-03-02T02:00:00Z');

const MESSAGES = {
  invalid: { vi: 'Số tiền không hợp lệ', en: 'This is not a valid amount' },
  tooLarge: { vi: 'Số tiền quá lớn', en: 'This amount is too large' },
  wrongType: { vi: 'xét theo nội dung tệp', en: 'judged by its content' },
};

/** What people type into a money field that is not an amount of đồng, and the message it gets. */
const NONSENSE: [typed: string, message: keyof typeof MESSAGES][] = [
  ['-5.000.000', 'invalid'],
  ['năm trăm triệu', 'invalid'],
  ['five million', 'invalid'],
  ['1,5', 'invalid'],
  ['1,5 tỷ', 'invalid'],
  ['2.000.000,50', 'invalid'],
  ['99999999999999999999', 'invalid'],
  ['100.000.000.000.001', 'tooLarge'],
  ['5.000.000.000.000.000 đ', 'tooLarge'],
];

const NEED: FormEntries = [
  ['title', 'Cần dây chuyền sơ chế cà phê ướt'],
  ['teaser', 'Hợp tác xã cần sơ chế cà phê ướt tiết kiệm nước.'],
  ['problem', 'Nước thải sơ chế vượt chuẩn.'],
  ['timeline', '6_months'],
  ['sectors', 'agritech'],
];

// A Windows program's first bytes, and a Linux one's.
const EXE = new TextEncoder().encode(
  'MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode.',
);
const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

describe.each(testEngines)('bad input on the exchange on %s', (engine) => {
  let t: TestApp;
  let world: World;
  let needIntro: string;
  let needIntroVersion: string;

  const rows = async (sql: string) => JSON.stringify(await t.database.query(sql));
  /** Every row a refused form could have written or changed. */
  const money = () =>
    rows(`select (select json_agg(o order by o.id) from (select id, price_vnd::text, version
            from marketplace_offers) o) as offers,
          (select json_agg(n order by n.id) from (select id, budget_min_vnd::text,
            budget_max_vnd::text from marketplace_needs) n) as needs,
          (select json_agg(d order by d.id) from (select id, value_vnd::text, version
            from marketplace_deals) d) as deals,
          (select json_agg(f order by f.id) from (select id, amount_vnd::text, version
            from marketplace_ip_fees) f) as fees,
          (select json_agg(r order by r.id) from (select id, amount_vnd::text, version
            from marketplace_ip_revenues) r) as revenues`);
  const files = () =>
    rows(`select (select count(*) from marketplace_listing_documents) as documents,
          (select count(*) from marketplace_introduction_messages) as messages,
          (select count(*) from marketplace_deals) as deals`);

  const inLanguage = async <T>(as: BrowserSession, lang: 'vi' | 'en', send: () => Promise<T>) => {
    as.set('lang', lang);
    try {
      return await send();
    } finally {
      as.set('lang', 'vi');
    }
  };

  const introVersion = async (id: string) =>
    String(
      (
        await t.database.query<{ version: number }>(
          'select version from marketplace_introductions where id = $1',
          [id],
        )
      )[0]!.version,
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.deps.rateLimiter = NO_RATE_LIMITS;
    t.setNow(START);
    world = await buildWorld(t);
    const [intro] = await t.database.query<{ id: string }>(
      'select id from marketplace_introductions where need_id = $1',
      [world.ids.need],
    );
    needIntro = intro!.id;
    // A deal is recorded once the sides talk.
    const talk = await world.as.party.post(`/marketplace/introductions/${needIntro}/step`, {
      step: 'talk',
      version: await introVersion(needIntro),
    });
    expect(talk.status).toBe(303);
    needIntroVersion = await introVersion(needIntro);
  }, 120_000);
  afterAll(() => t.close());

  it('makes one listing of an offer or a need sent twice at the same moment', async () => {
    const count = async (table: string) =>
      (await t.database.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;
    const [offersBefore, needsBefore] = [
      await count('marketplace_offers'),
      await count('marketplace_needs'),
    ];
    const offer = [
      ...offerForm(world.ids.university),
      ['submissionKey', 'twice-offer'],
    ] as FormEntries;
    const sentOffers = await Promise.all([
      postForm(world.as.offerOwner, '/marketplace/offers/new', offer),
      postForm(world.as.offerOwner, '/marketplace/offers/new', offer),
    ]);
    expect(sentOffers.map((r) => r.status)).toEqual([303, 303]);
    const [first, second] = sentOffers.map((r) => idIn(r.headers.get('location')));
    expect(first).not.toBe('');
    expect(second).toBe(first);
    const need = [
      ['owner', world.organizations[1]!],
      ...NEED,
      ['submissionKey', 'twice-need'],
    ] as FormEntries;
    const sentNeeds = await Promise.all([
      postForm(world.as.needOwner, '/marketplace/needs/new', need),
      postForm(world.as.needOwner, '/marketplace/needs/new', need),
    ]);
    expect(sentNeeds.map((r) => r.status)).toEqual([303, 303]);
    expect(sentNeeds[1]!.headers.get('location')).toBe(sentNeeds[0]!.headers.get('location'));
    expect(await count('marketplace_offers')).toBe(offersBefore + 1);
    expect(await count('marketplace_needs')).toBe(needsBefore + 1);
  });

  /** Each price or value field: who sends it, where, and the form around the typed amount. */
  function moneyForms(): [string, BrowserSession, string, (typed: string) => FormEntries][] {
    const { as, ids } = world;
    const asset = `/marketplace/ip-assets/${ids.asset}`;
    const university = ids.university;
    return [
      [
        'offer price',
        as.offerOwner,
        '/marketplace/offers/new',
        (v) => [...offerForm(university).filter(([k]) => k !== 'priceVnd'), ['priceVnd', v]],
      ],
      [
        'need budget (min)',
        as.needOwner,
        '/marketplace/needs/new',
        (v) => [['owner', world.organizations[1]!], ...NEED, ['budgetMinVnd', v]],
      ],
      [
        'need budget (max)',
        as.needOwner,
        '/marketplace/needs/new',
        (v) => [['owner', world.organizations[1]!], ...NEED, ['budgetMaxVnd', v]],
      ],
      [
        'deal value',
        as.party,
        `/marketplace/introductions/${needIntro}/deal`,
        (v) => [
          ['version', needIntroVersion],
          ['transferForm', 'licence'],
          ['direction', 'domestic'],
          ['valueVnd', v],
          ['signedOn', '01/03/2027'],
          ['evidence', 'Bản sao hợp đồng'],
        ],
      ],
      [
        'IP fee',
        as.tto,
        `${asset}/fees`,
        (v) => [
          ['label', 'Phí duy trì năm 3'],
          ['dueOn', '10/01/2028'],
          ['amountVnd', v],
        ],
      ],
      [
        'IP fee corrected',
        as.tto,
        `${asset}/fees/${ids.fee}`,
        (v) => [
          ['label', 'Phí MKIPFEE'],
          ['dueOn', '10/01/2028'],
          ['amountVnd', v],
          ['version', '1'],
        ],
      ],
      [
        'revenue',
        as.tto,
        `${asset}/revenues`,
        (v) => [
          ['amountVnd', v],
          ['receivedOn', '20/02/2027'],
          ['licenceId', ids.licence],
        ],
      ],
      [
        'revenue corrected',
        as.tto,
        `${asset}/revenues/${ids.revenue}`,
        (v) => [
          ['amountVnd', v],
          ['receivedOn', '20/11/2026'],
          ['licenceId', ids.licence],
          ['version', '1'],
        ],
      ],
    ];
  }

  it('refuses nonsense in every price and value field, in both languages, storing nothing', async () => {
    const before = await money();
    for (const [field, as, path, form] of moneyForms())
      for (const [typed, message] of NONSENSE)
        for (const lang of ['vi', 'en'] as const) {
          const res = await inLanguage(as, lang, () => postForm(as, path, form(typed)));
          const what = `${field} "${typed}" in ${lang}`;
          expect(res.status, what).toBe(422);
          const html = await res.text();
          expect(html, what).toContain(MESSAGES[message][lang]);
          // What was typed is given back to correct, not lost.
          expect(html, what).toContain(`value="${typed}"`);
        }
    expect(await money()).toBe(before);
  });

  it('takes the largest amount it allows, grouped the Vietnamese way', async () => {
    const [, as, path, form] = moneyForms()[0]!;
    const res = await postForm(as, path, form('100.000.000.000.000 đ'));
    expect(res.status).toBe(303);
    const [row] = await t.database.query<{ price: string }>(
      'select price_vnd::text as price from marketplace_offers where id = $1',
      [idIn(res.headers.get('location'))],
    );
    expect(row!.price).toBe('100000000000000');
  });

  it('refuses an executable renamed as a document or an image wherever files are uploaded', async () => {
    const { as, ids } = world;
    const before = await files();
    const intro = `/marketplace/introductions/${needIntro}`;
    const version = needIntroVersion;
    const uploads: [BrowserSession, string, string, Record<string, string>][] = [
      [as.offerOwner, `/marketplace/offers/${ids.offer}/documents`, 'document', {}],
      [as.needOwner, `/marketplace/needs/${ids.need}/documents`, 'document', {}],
      [as.party, `${intro}/messages`, 'file', { body: 'Gửi hồ sơ', key: 'exe-message' }],
      [
        as.party,
        `${intro}/deal`,
        'signedFile',
        {
          version,
          transferForm: 'licence',
          direction: 'domestic',
          valueVnd: '300.000.000',
          signedOn: '01/03/2027',
        },
      ],
    ];
    for (const [who, path, field, fields] of uploads)
      for (const [bytes, name] of [
        [EXE, 'ho-so.pdf'],
        [ELF, 'anh-san-pham.png'],
        [EXE, 'hop-dong.docx'],
      ] as const)
        for (const lang of ['vi', 'en'] as const) {
          const form = new FormData();
          for (const [k, v] of Object.entries(fields)) form.append(k, v);
          form.append(field, new Blob([bytes]), name);
          const res = await inLanguage(who, lang, () => who.postMultipart(path, form));
          const what = `${name} to ${path} in ${lang}`;
          expect(res.status, what).toBe(422);
          expect(await res.text(), what).toContain(MESSAGES.wrongType[lang]);
        }
    expect(await files()).toBe(before);
  });

  it('answers a deal recorded or confirmed from a stale page with 409, keeping the first', async () => {
    const { as } = world;
    const intro = `/marketplace/introductions/${needIntro}`;
    const deal = (valueVnd: string) =>
      as.broker.post(`${intro}/deal`, {
        version: needIntroVersion,
        transferForm: 'licence',
        direction: 'domestic',
        valueVnd,
        signedOn: '01/03/2027',
        evidence: 'Bản sao hợp đồng số 7/2027',
      });
    expect((await deal('300.000.000')).status).toBe(303);
    // A second broker's page, opened before the first recorded it.
    expect((await deal('3.000.000.000')).status).toBe(409);
    const dealRow = async () =>
      (
        await t.database.query<{ value: string; version: number; sides: number }>(
          `select value_vnd::text as value, version,
             (supplier_confirmed_at is not null)::int + (recipient_confirmed_at is not null)::int
               as sides
           from marketplace_deals where introduction_id = $1`,
          [needIntro],
        )
      )[0]!;
    const shown = await dealRow();
    expect(shown).toEqual({ value: '300000000', version: shown.version, sides: 0 });
    const confirm = (who: BrowserSession, version: number) =>
      who.post(`${intro}/deal/confirm`, { version: String(version) });
    expect((await confirm(as.party, shown.version)).status).toBe(303);
    // The enterprise confirms from the page it opened before the cooperative confirmed.
    expect((await confirm(as.needOwner, shown.version)).status).toBe(409);
    const after = await dealRow();
    expect(after).toMatchObject({ value: '300000000', sides: 1 });
    expect((await confirm(as.needOwner, after.version)).status).toBe(303);
    expect(await dealRow()).toMatchObject({ value: '300000000', sides: 2 });
  });
});
