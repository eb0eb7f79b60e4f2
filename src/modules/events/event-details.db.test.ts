// What an event's page tells beyond its time and place, as staff enter it: a speaker from the
// directory (linked to their profile, under the directory's name) beside a guest speaker, the
// agenda's tracks, the programme it belongs to (published only), the language it is held in, the
// venue's map link and the cover image with its alternative text — on the page and in its
// schema.org Event. A speaker or programme the portal does not know is a field error that saves
// nothing.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { signInStaff } from './testing/back-office';

const STAFF = '/admin/events';
const NOW = new Date('2026-12-01T03:00:00Z');
const PAGE = '/events/dien-dan-nong-nghiep-so';

const event = {
  type: 'dialogue',
  titleVi: 'Diễn đàn nông nghiệp số',
  startsAt: '2026-12-15T08:00',
  endsAt: '2026-12-15T11:30',
  venueName: 'Hội trường Sở KH&CN',
  venueAddress: '36 Trần Phú, Đà Lạt',
  mapUrl: 'https://maps.example.vn/?q=36+Tran+Phu+Da+Lat',
  language: 'vi_en',
  agenda:
    '08:00-09:00 | Khai mạc | Hội trường A\n09:00-11:30 | Đối thoại nhà đầu tư | Phòng Lab | Lê Hoa',
  speakers: 'Lê Hoa | Quán Phở Số\nMai | Sở KH&CN | /directory/people/nguyen-thi-mai',
  programme: '/programs/tang-toc-khoi-nghiep-2026',
  coverAltVi: 'Nông dân dùng điện thoại trên đồi chè',
  holdHours: '24',
};

function formOf(values: Record<string, string>, cover?: Uint8Array) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  if (cover) data.set('cover', new File([new Uint8Array(cover)], 'bia.png'));
  return data;
}

const jsonLdOf = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<
    string,
    unknown
  >;

describe.each(testEngines)("an event's details on %s", (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let cover: Uint8Array;
  const events = async () =>
    (await t.database.query<{ n: number }>('select count(*)::int as n from events_events'))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    staff = await signInStaff(t);
    await t.database.query(
      `insert into directory_people (slug, full_name, name_search, sort_key)
         values ('nguyen-thi-mai', 'Nguyễn Thị Mai', 'nguyen thi mai', 'nguyen thi mai')`,
    );
    await t.database.query(
      `insert into programs_programmes (slug, kind, title_vi, status, published_at)
         values ('tang-toc-khoi-nghiep-2026', 'acceleration', 'Tăng tốc khởi nghiệp 2026', 'published', now()),
                ('chuong-trinh-nhap', 'incubation', 'Chương trình nháp', 'draft', null)`,
    );
    cover = await sharp({
      create: { width: 1200, height: 675, channels: 3, background: '#2f7d4a' },
    })
      .png()
      .toBuffer();
  });
  afterAll(() => t.close());

  it('refuses a speaker or a programme the portal does not know, or a draft programme, saving nothing', async () => {
    for (const [field, value, message] of [
      ['speakers', 'X | | /directory/people/khong-co', 'Không tìm thấy người'],
      ['programme', '/programs/khong-co', 'Không tìm thấy chương trình đã công bố'],
      ['programme', 'chuong-trinh-nhap', 'Không tìm thấy chương trình đã công bố'],
    ] as const) {
      const res = await staff.postMultipart(`${STAFF}/new`, formOf({ ...event, [field]: value }));
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('Diễn đàn nông nghiệp số');
    }
    expect(await events()).toBe(0);
  });

  it('shows the speakers, tracks, programme, language, map and cover on the page and in its schema.org Event', async () => {
    const created = await staff.postMultipart(`${STAFF}/new`, formOf(event, cover));
    expect(created.status).toBe(303);
    const id = /\/admin\/events\/([0-9a-f-]{36})/.exec(created.headers.get('location')!)![1]!;
    const form = await (await staff.get(`${STAFF}/${id}`)).text();
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    expect((await staff.post(`${STAFF}/${id}/step`, { step: 'publish', version })).status).toBe(
      303,
    );

    const html = await (await new BrowserSession(t.app).get(PAGE)).text();
    expect(html).toContain('<a href="/directory/people/nguyen-thi-mai">Nguyễn Thị Mai</a>');
    expect(html).toContain('Lê Hoa<span class="muted"> — Quán Phở Số</span>');
    expect(html).toContain('<td>Phòng Lab</td>');
    expect(html).toContain('<td>Hội trường A</td>');
    expect(html).toContain(
      '<a href="/programs/tang-toc-khoi-nghiep-2026">Tăng tốc khởi nghiệp 2026</a>',
    );
    expect(html).toContain('Tiếng Việt và tiếng Anh');
    expect(html).toContain('href="https://maps.example.vn/?q=36+Tran+Phu+Da+Lat"');
    const key = /<img[^>]*class="cover"[^>]*src="\/files\/([^"]+)"/.exec(html)?.[1];
    expect(key).toBeDefined();
    expect(html).toContain('alt="Nông dân dùng điện thoại trên đồi chè"');

    const ld = jsonLdOf(html);
    expect(ld).toMatchObject({
      '@type': 'Event',
      inLanguage: ['vi', 'en'],
      performer: [
        { '@type': 'Person', name: 'Lê Hoa' },
        { '@type': 'Person', name: 'Nguyễn Thị Mai' },
      ],
    });
    expect(ld.image).toEqual([expect.stringMatching(new RegExp(`/files/${key}$`))]);
    expect((await new BrowserSession(t.app).get(`/files/${key}`)).status).toBe(200);
  });
});
