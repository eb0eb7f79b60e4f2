// Potential adopters (issue 14, item 4: "for every offer, suggested needs and potential adopters
// from the directory"): the offer's suggestions page lists the directory's enterprises, startups
// and cooperatives in its sectors — more shared sectors first, then the owner's province — each
// with why; never the owner itself, nor universities, investors or other sectors' organisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { ANONYMOUS } from '../../platform/authz';
import { createOrganization } from '../directory';
import { idIn, managedOrganization, offerForm, postForm } from './testing/fixture';

const ORGANISATIONS = [
  {
    kind: 'cooperative',
    legalName: 'Hợp tác xã Cà phê Xanh',
    province: '66',
    sectors: ['agritech', 'greentech'],
  },
  {
    kind: 'sme',
    legalName: 'Công ty TNHH Nông sản Hoà Vang',
    province: '48',
    sectors: ['agritech'],
  },
  {
    kind: 'sme',
    legalName: 'Công ty TNHH Phân bón Ba Miền',
    province: '79',
    sectors: ['agritech'],
  },
  {
    kind: 'investor',
    legalName: 'Quỹ Đầu tư Nông nghiệp Xanh',
    province: '48',
    sectors: ['agritech'],
  },
  {
    kind: 'sme',
    legalName: 'Công ty CP Ví điện tử Sông Hàn',
    province: '48',
    sectors: ['fintech'],
  },
] as const;

describe.each(testEngines)('potential adopters of an offer on %s', (engine) => {
  let t: TestApp;
  let researcher: BrowserSession;
  let stranger: BrowserSession;
  let offerId = '';

  beforeAll(async () => {
    t = await createTestApp(engine);
    const r = await createUser(t, { email: 'nghien-cuu@dhdn.example' });
    const o = await createUser(t, { email: 'ttcg@dhdn.example' });
    await createUser(t, { email: 'la@example.vn' });
    const university = await managedOrganization(t, 'university', 'Trường Đại học Bách khoa', [
      [o.id, 'owner'],
      [r.id, 'member'],
    ]);
    await t.database.query(`update directory_organizations set sectors = $1 where id = $2`, [
      ['agritech'],
      university.id,
    ]);
    for (const org of ORGANISATIONS) {
      const made = await createOrganization(
        t.deps.database.db,
        { actor: ANONYMOUS, label: 'test' },
        {
          kind: org.kind,
          legalName: org.legalName,
          provinceCode: org.province,
          sectors: [...org.sectors],
        },
      );
      expect(made.ok, org.legalName).toBe(true);
    }
    researcher = await signIn(t, 'nghien-cuu@dhdn.example');
    stranger = await signIn(t, 'la@example.vn');
    const created = await postForm(
      researcher,
      '/marketplace/offers/new',
      offerForm(university.slug),
    );
    offerId = idIn(created.headers.get('location'));
    expect(offerId).not.toBe('');
  });
  afterAll(() => t.close());

  it('lists the organisations that could adopt the offer, ranked, each with why', async () => {
    const res = await researcher.get(`/marketplace/offers/${offerId}/matches`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const section = html.slice(html.indexOf('id="adopters"'), html.indexOf('</section>'));
    const names = [
      ...section.matchAll(/<a href="\/directory\/organizations\/[^"]+">([^<]+)<\/a>/g),
    ].map((m) => m[1]);
    expect(names).toEqual([
      'Hợp tác xã Cà phê Xanh',
      'Công ty TNHH Nông sản Hoà Vang',
      'Công ty TNHH Phân bón Ba Miền',
    ]);
    expect(section).toContain('Cùng lĩnh vực: Nông nghiệp công nghệ cao, Năng lượng, môi trường');
    expect(section).toContain('Cùng tỉnh, thành phố');
    researcher.set('lang', 'en');
    const en = await (await researcher.get(`/marketplace/offers/${offerId}/matches`)).text();
    researcher.set('lang', 'vi');
    expect(en).toContain('Organisations that could adopt it');
  });

  it('shows them to the offer’s people only', async () => {
    expect((await stranger.get(`/marketplace/offers/${offerId}/matches`)).status).toBe(404);
  });
});
