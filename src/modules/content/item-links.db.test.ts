// An article's links to the records it is about (issue 12, item 1): the addresses of public pages
// of the directory, programmes and events, pasted whole or as paths, each kept with its name; an
// address naming nothing public — a draft event, an unknown page — is refused with its address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { linkPath, resolveLinks } from './services/item-links';
import { ANONYMOUS } from '../../platform/authz';

describe.each(testEngines)('content links to records on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.database.query(
      `insert into directory_organizations (slug, kind, legal_name, name_search, sort_key)
         values ('trung-tam-dmst', 'support_org', 'Trung tâm ĐMST', 'trung tam dmst', 'trung tam dmst')`,
    );
    // Events as the events module stores them: one published, one still a draft.
    for (const [slug, title, status] of [
      ['ca-phe-cong-nghe-12', 'Cà phê công nghệ tháng 12', 'published'],
      ['su-kien-nhap', 'Sự kiện chưa công bố', 'draft'],
    ])
      await t.database.query(
        `insert into events_events (slug, type, title_vi, status, starts_at, ends_at)
           values ($1, 'meetup', $2, $3, '2026-12-20T01:00:00Z', '2026-12-20T03:00:00Z')`,
        [slug, title, status],
      );
  });
  afterAll(() => t.close());

  const resolve = (addresses: string[]) => resolveLinks(t.deps, { actor: ANONYMOUS }, addresses);

  it('keeps an organisation and a published event with their names, and leads back to them', async () => {
    const result = await resolve([
      'https://portal.example/directory/organizations/trung-tam-dmst',
      '/events/ca-phe-cong-nghe-12/',
    ]);
    expect(result).toEqual({
      ok: true,
      links: [
        { type: 'organization', slug: 'trung-tam-dmst', label: 'Trung tâm ĐMST' },
        { type: 'event', slug: 'ca-phe-cong-nghe-12', label: 'Cà phê công nghệ tháng 12' },
      ],
    });
    if (result.ok)
      expect(result.links.map(linkPath)).toEqual([
        '/directory/organizations/trung-tam-dmst',
        '/events/ca-phe-cong-nghe-12',
      ]);
  });

  it('refuses a draft event and an unknown page, naming the address', async () => {
    for (const address of ['/events/su-kien-nhap', '/events/khong-co', '/tin-tuc/abc']) {
      expect(await resolve([address])).toEqual({
        ok: false,
        fields: { links: { key: 'content.error.link', params: { address } } },
      });
    }
  });
});
