// A challenge's documents and datasets, and the collections challenges are listed in. The owner's
// members and the centre publish files checked by their bytes (a bomb, a disguised or an unknown
// file refused with nothing stored); the page lists each with its kind and size; whoever may see
// the challenge downloads it, and a confidential challenge's files 404 to uninvited accounts.
// Owners and sectors have pages of their own, linked from the list and each challenge's page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { archive, docxBomb, zipBomb } from '../../../test/support/bombs';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import {
  challengeCast,
  publishedChallenge,
  type ChallengeCast,
} from './testing/published-challenge';

const NOW = new Date('2026-12-01T02:00:00Z');
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const CSV = new TextEncoder().encode('ma_truong,so_ho_so\nTH001,420\nTH002,385\n');
const DATA_ZIP = archive([{ name: 'ho-so-2025.csv', data: CSV }]);

const upload = (
  b: BrowserSession,
  path: string,
  file: { bytes: Uint8Array; name: string },
  title = 'Tài liệu',
) => {
  const form = new FormData();
  form.set('fileTitle', title);
  form.set('fileCategory', 'dataset');
  form.set('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
  return b.postMultipart(`${path}/files`, form);
};

describe.each(testEngines)('challenge files and collections on %s', (engine) => {
  let t: TestApp;
  let cast: ChallengeCast;
  let officer: BrowserSession;
  let centre: BrowserSession;
  let founder: BrowserSession;
  let stranger: BrowserSession;
  let visitor: BrowserSession;
  let path: string;
  let secretPath: string;
  let problemOfSecret: string;
  const fileCount = async () =>
    (await t.database.query('select 1 from challenges_challenge_files')).length;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.setNow(NOW);
    cast = await challengeCast(t, 'sgd.example');
    const open = await publishedChallenge(t, cast, {
      title: 'Tuyển sinh trực tuyến',
      opensAt: NOW,
    });
    const secret = await publishedChallenge(t, cast, {
      title: 'Dữ liệu học bạ số',
      sector: 'smart-city',
      isConfidential: true,
      opensAt: NOW,
    });
    path = `/challenges/${open.challenge.slug}`;
    secretPath = `/challenges/${secret.challenge.slug}`;
    problemOfSecret = secret.problemId;
    officer = await signIn(t, cast.officer.email);
    centre = await signIn(t, cast.staff.email);
    founder = await signIn(t, cast.founder.email);
    stranger = await signIn(t, cast.stranger.email);
    visitor = new BrowserSession(t.app);
  });
  afterAll(() => t.close());

  it('publishes the owner’s PDF, CSV and ZIP of data, listed with kind and size, downloaded as uploaded', async () => {
    expect(
      (await upload(officer, path, { bytes: PDF, name: 'de-bai.pdf' }, 'Đề bài chi tiết')).status,
    ).toBe(303);
    expect(
      (await upload(officer, path, { bytes: CSV, name: 'ho-so.csv' }, 'Số hồ sơ theo trường'))
        .status,
    ).toBe(303);
    expect(
      (await upload(centre, path, { bytes: DATA_ZIP, name: 'du-lieu.zip' }, 'Dữ liệu 2025')).status,
    ).toBe(303);
    // The form posted twice: the file is published once.
    expect(
      (await upload(officer, path, { bytes: PDF, name: 'de-bai.pdf' }, 'Đề bài chi tiết')).status,
    ).toBe(303);
    expect(await fileCount()).toBe(3);
    expect(
      await t.database.query(
        `select 1 from platform_audit_log where action = 'challenges.challenge:add_file'`,
      ),
    ).toHaveLength(3);
    const page = await (await visitor.get(path)).text();
    expect(page).toContain('Đề bài chi tiết');
    expect(page).toMatch(/Số hồ sơ theo trường<\/a> <span class="muted">\(CSV, 1 KB\)/);
    expect(page).toMatch(/Dữ liệu 2025<\/a> <span class="muted">\(ZIP, 1 KB\)/);
    expect(page).not.toContain('Đăng tài liệu hoặc dữ liệu');
    const [csv] = await t.database.query<{ id: string }>(
      `select id from challenges_challenge_files where title = 'Số hồ sơ theo trường'`,
    );
    const download = await visitor.get(`${path}/files/${csv!.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/csv');
    expect(download.headers.get('content-disposition')).toContain('ho-so.csv');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(CSV);
  });

  it('refuses a zip bomb, a Word bomb, a disguised file and a program, storing nothing', async () => {
    const before = await fileCount();
    const cases: [{ bytes: Uint8Array; name: string }, string][] = [
      [{ bytes: zipBomb(), name: 'du-lieu.zip' }, 'khi giải nén lớn bất thường'],
      [{ bytes: docxBomb(), name: 'de-bai.docx' }, 'khi giải nén lớn bất thường'],
      [{ bytes: PDF, name: 'bang.xlsx' }, 'tệp thực chất là PDF'],
      [
        { bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]), name: 'cai-dat.csv' },
        'không phải PDF, Word, Excel',
      ],
    ];
    for (const [file, message] of cases) {
      const res = await upload(officer, path, file);
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(message);
    }
    const noTitle = await upload(officer, path, { bytes: PDF, name: 'a.pdf' }, '');
    expect(noTitle.status).toBe(422);
    expect(await fileCount()).toBe(before);
  });

  it('lets only the owner’s members and the centre publish or remove a file', async () => {
    const before = await fileCount();
    expect((await upload(founder, path, { bytes: PDF, name: 'x.pdf' })).status).toBe(404);
    expect((await upload(visitor, path, { bytes: PDF, name: 'x.pdf' })).status).not.toBe(303);
    const [pdf] = await t.database.query<{ id: string }>(
      `select id from challenges_challenge_files where title = 'Đề bài chi tiết'`,
    );
    expect((await founder.post(`${path}/files/${pdf!.id}/remove`, {})).status).toBe(404);
    expect(await fileCount()).toBe(before);
    expect((await officer.post(`${path}/files/${pdf!.id}/remove`, {})).status).toBe(303);
    expect((await officer.post(`${path}/files/${pdf!.id}/remove`, {})).status).toBe(404);
    expect((await visitor.get(`${path}/files/${pdf!.id}`)).status).toBe(404);
    expect(await fileCount()).toBe(before - 1);
  });

  it('keeps a confidential challenge’s files to its owner, the centre and invited solvers', async () => {
    expect(
      (await upload(officer, secretPath, { bytes: CSV, name: 'hoc-ba.csv' }, 'Học bạ mẫu')).status,
    ).toBe(303);
    const [file] = await t.database.query<{ id: string }>(
      `select id from challenges_challenge_files where title = 'Học bạ mẫu'`,
    );
    const href = `${secretPath}/files/${file!.id}`;
    expect((await visitor.get(href)).status).toBe(404);
    expect((await founder.get(href)).status).toBe(404);
    expect((await stranger.get(href)).status).toBe(404);
    const invite = await officer.post(`/challenges/problems/${problemOfSecret}/invitations`, {
      organizationSlug: cast.startup.slug,
    });
    expect(invite.status).toBe(303);
    const invited = await founder.get(href);
    expect(invited.status).toBe(200);
    expect(invited.headers.get('cache-control')).toBe('private, no-store');
    expect((await stranger.get(href)).status).toBe(404);
  });

  it('lists challenges by owner and by sector, linked from the list and each page, with the archive', async () => {
    const list = await (await visitor.get('/challenges')).text();
    expect(list).toContain('href="/challenges/owners"');
    expect(list).toContain('href="/challenges/sectors"');
    expect(list).toContain(`href="/challenges/owners/${cast.owner.slug}"`);
    const page = await (await visitor.get(path)).text();
    expect(page).toContain(`href="/challenges/owners/${cast.owner.slug}"`);
    expect(page).toContain('href="/challenges/sectors/edtech"');
    expect(page).toContain('href="/challenges?archive=1"');
    const owners = await (await visitor.get('/challenges/owners')).text();
    expect(owners).toContain('Sở Giáo dục và Đào tạo sgd.example');
    expect(owners).toContain('(1 thách thức)');
    const ownerPage = await visitor.get(`/challenges/owners/${cast.owner.slug}`);
    expect(ownerPage.status).toBe(200);
    const ownerHtml = await ownerPage.text();
    expect(ownerHtml).toContain('Tuyển sinh trực tuyến');
    expect(ownerHtml).not.toContain('Dữ liệu học bạ số');
    expect(ownerHtml).toContain(`/directory/organizations/${cast.owner.slug}`);
    expect(await (await officer.get(`/challenges/owners/${cast.owner.slug}`)).text()).toContain(
      'Dữ liệu học bạ số',
    );
    const sectors = await (await visitor.get('/challenges/sectors')).text();
    expect(sectors).toContain('href="/challenges/sectors/edtech"');
    expect(sectors).not.toContain('/challenges/sectors/smart-city');
    expect(await (await founder.get('/challenges/sectors')).text()).toContain(
      '/challenges/sectors/smart-city',
    );
    const edtech = await (await visitor.get('/challenges/sectors/edtech')).text();
    expect(edtech).toContain('Tuyển sinh trực tuyến');
    expect((await visitor.get('/challenges/sectors/khong-co')).status).toBe(404);
    expect((await visitor.get(`/challenges/owners/${cast.startup.slug}`)).status).toBe(404);
    expect((await visitor.get('/challenges/owners/khong-co')).status).toBe(404);
    const sitemap = await (await visitor.get('/sitemap.xml')).text();
    expect(sitemap).toContain(`/challenges/owners/${cast.owner.slug}</loc>`);
    expect(sitemap).toContain('/challenges/sectors/edtech</loc>');
    expect(sitemap).not.toContain('/challenges/sectors/smart-city');
  });

  it('keeps solved challenges on their owner’s page', async () => {
    await t.database.query(`update challenges_challenges set status = 'solved' where slug = $1`, [
      path.split('/').pop(),
    ]);
    const ownerHtml = await (await visitor.get(`/challenges/owners/${cast.owner.slug}`)).text();
    expect(ownerHtml).toContain('Tuyển sinh trực tuyến');
    expect(ownerHtml).toContain('Đã giải');
    expect(ownerHtml).toContain(`/challenges?archive=1&amp;owner=${cast.owner.id}`);
  });
});
