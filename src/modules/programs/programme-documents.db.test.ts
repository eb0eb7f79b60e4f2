import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { seedCallWithApplications } from './testing/call-fixture';

const STAFF = '/admin/programs';
const SLUG = 'chuong-trinh-speedup-2026';
const MB = 1024 * 1024;

/** A PDF of about 1.2 MB: the signature, then filler. */
const RULES_PDF = new Uint8Array(Math.round(1.2 * MB));
RULES_PDF.set(new TextEncoder().encode('%PDF-1.7\n'));
const DECISION_PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
/** An empty ZIP archive: its end-of-central-directory record alone. */
const TEMPLATES_ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
/** A Windows program (MZ header), named as a PDF. */
const PROGRAM = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe.each(testEngines)('programme documents and past results on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;
  let member: BrowserSession;
  const visitor = () => new BrowserSession(t.app);
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const documents = () =>
    q<{ id: string; title_vi: string; position: number }>(
      `select d.id, d.title_vi, d.position from programs_programme_documents d
       join programs_programmes p on p.id = d.programme_id where p.slug = $1
       order by d.position, d.created_at`,
      [SLUG],
    );
  const idOf = async (title: string) => (await documents()).find((d) => d.title_vi === title)!.id;
  const upload = (
    session: BrowserSession,
    fields: Record<string, string>,
    file?: { bytes: Uint8Array; name: string },
  ) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    if (file) form.set('docFile', new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
    return session.postMultipart(`${STAFF}/${SLUG}/documents`, form);
  };
  const publicPage = async (lang = 'vi') =>
    (await t.app.request(`/programs/${SLUG}`, { headers: { cookie: `lang=${lang}` } })).text();
  const audits = (action: string) =>
    q<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      `select before, after from platform_audit_log where action = $1 order by at, id`,
      [action],
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'staff@documents.example', roles: ['staff'] });
    await createUser(t, { email: 'member@documents.example' });
    staff = await signIn(t, 'staff@documents.example');
    member = await signIn(t, 'member@documents.example');
    const created = await staff.post(`${STAFF}/new`, {
      kind: 'funding',
      titleVi: 'Chương trình SpeedUP 2026',
    });
    expect(created.status).toBe(303);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows a draft’s document to staff only, and after publishing to everyone, byte for byte', async () => {
    const name = 'Thể lệ SpeedUP 2026.pdf';
    const res = await upload(
      staff,
      { docTitleVi: 'Thể lệ chương trình', docTitleEn: 'Programme rules' },
      { bytes: RULES_PDF, name },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `${STAFF}/${SLUG}/edit?done=documentAdded#h-documents`,
    );
    expect(await (await staff.get(res.headers.get('location')!)).text()).toContain(
      'Đã thêm tài liệu.',
    );
    const id = await idOf('Thể lệ chương trình');
    const download = `/programs/${SLUG}/documents/${id}`;
    // A draft programme's document is for staff.
    expect((await visitor().get(download)).status).toBe(404);
    expect((await member.get(download)).status).toBe(404);
    const staffCopy = await staff.get(download);
    expect(staffCopy.status).toBe(200);
    expect(staffCopy.headers.get('cache-control')).toBe('private, no-store');

    expect((await staff.post(`${STAFF}/${SLUG}/publish`, { version: '1' })).status).toBe(303);
    const vi = await publicPage();
    expect(vi).toContain('<h2 id="h-documents">Tài liệu</h2>');
    expect(vi).toContain(`<a href="${download}">Thể lệ chương trình</a>`);
    expect(vi).toContain('(PDF, 1,2 MB)');
    const en = await publicPage('en');
    expect(en).toContain(`<a href="${download}">Programme rules</a>`);
    expect(en).toContain('(PDF, 1.2 MB)');

    const file = await visitor().get(download);
    expect(file.status).toBe(200);
    // Byte for byte (compared by hash: a deep comparison of 1.2 million bytes is slow).
    expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(sha256(RULES_PDF));
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('cache-control')).toBe('no-cache');
    // Its own policy, not the site's: nothing in the file may run (issue 11).
    expect(file.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="The le SpeedUP 2026.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    const [added] = await audits('programs.programme:addDocument');
    expect(added!.after).toMatchObject({ name, kind: 'pdf', hash: sha256(RULES_PDF) });
  });

  it('refuses a renamed program, a missing title or file and a file over 20 MB, storing nothing', async () => {
    const before = await documents();
    const exe = await upload(
      staff,
      { docTitleVi: 'Thể lệ giả' },
      { bytes: PROGRAM, name: 'the-le.pdf' },
    );
    expect(exe.status).toBe(422);
    const html = await exe.text();
    expect(html).toContain(
      'Tệp “the-le.pdf” không đúng loại cho phép (PDF, DOCX, XLSX, PPTX, ZIP).',
    );
    // What was typed stays in the form.
    expect(html).toMatch(/id="docTitleVi"[^>]* value="Thể lệ giả"/);
    expect(await t.deps.files.readPrivate(sha256(PROGRAM))).toBeUndefined();

    const untitled = await upload(
      staff,
      { docTitleVi: ' ' },
      { bytes: DECISION_PDF, name: 'a.pdf' },
    );
    expect(untitled.status).toBe(422);
    expect(await untitled.text()).toContain('Vui lòng nhập trường này.');
    expect(await t.deps.files.readPrivate(sha256(DECISION_PDF))).toBeUndefined();

    expect((await upload(staff, { docTitleVi: 'Không có tệp' })).status).toBe(422);

    // Above the documents' 20 MB, yet within the route's body limit: a message, not a 413.
    const huge = new Uint8Array(20 * MB + 1);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    const large = await upload(staff, { docTitleVi: 'Quá lớn' }, { bytes: huge, name: 'lon.pdf' });
    expect(large.status).toBe(422);
    expect(await large.text()).toContain('Tệp “lon.pdf” lớn hơn 20 MB.');
    expect(await t.deps.files.readPrivate(sha256(huge))).toBeUndefined();
    expect(await documents()).toEqual(before);
  });

  it('moves documents up and down and removes them, audited; members cannot', async () => {
    const add = async (title: string, bytes: Uint8Array, name: string) =>
      expect((await upload(staff, { docTitleVi: title }, { bytes, name })).status).toBe(303);
    await add('Mẫu hồ sơ', TEMPLATES_ZIP, 'mau-ho-so.zip');
    await add('Quyết định phê duyệt', DECISION_PDF, 'quyet-dinh.pdf');
    const titles = async () => (await documents()).map((d) => d.title_vi);
    expect(await titles()).toEqual(['Thể lệ chương trình', 'Mẫu hồ sơ', 'Quyết định phê duyệt']);
    expect(await publicPage()).toContain('(ZIP, 1 KB)');

    const move = (session: BrowserSession, title: string, direction: string) =>
      idOf(title).then((id) =>
        session.post(`${STAFF}/${SLUG}/documents/${id}/move`, { move: direction }),
      );
    expect((await move(staff, 'Quyết định phê duyệt', 'up')).status).toBe(303);
    expect(await titles()).toEqual(['Thể lệ chương trình', 'Quyết định phê duyệt', 'Mẫu hồ sơ']);
    const page = await publicPage();
    expect(page.indexOf('Quyết định phê duyệt')).toBeLessThan(page.indexOf('Mẫu hồ sơ'));
    // The first cannot go higher: nothing is written.
    expect((await move(staff, 'Thể lệ chương trình', 'up')).status).toBe(303);
    expect((await move(staff, 'Mẫu hồ sơ', 'down')).status).toBe(303);
    expect(await titles()).toEqual(['Thể lệ chương trình', 'Quyết định phê duyệt', 'Mẫu hồ sơ']);
    const moves = await audits('programs.programme:moveDocument');
    expect(moves).toHaveLength(1);

    // A member finds none of these routes, and nothing changes.
    const before = await documents();
    const removeOf = async (title: string) =>
      `${STAFF}/${SLUG}/documents/${await idOf(title)}/remove`;
    expect((await move(member, 'Mẫu hồ sơ', 'up')).status).toBe(404);
    expect((await member.post(await removeOf('Mẫu hồ sơ'))).status).toBe(404);
    expect(
      (await upload(member, { docTitleVi: 'X' }, { bytes: DECISION_PDF, name: 'x.pdf' })).status,
    ).toBe(404);
    expect(await documents()).toEqual(before);

    const rulesId = await idOf('Thể lệ chương trình');
    expect((await staff.post(await removeOf('Thể lệ chương trình'))).status).toBe(303);
    expect(await titles()).toEqual(['Quyết định phê duyệt', 'Mẫu hồ sơ']);
    expect(await publicPage()).not.toContain('Thể lệ chương trình');
    expect((await visitor().get(`/programs/${SLUG}/documents/${rulesId}`)).status).toBe(404);
    // Removing it again (a double click) finds nothing.
    expect((await staff.post(`${STAFF}/${SLUG}/documents/${rulesId}/remove`)).status).toBe(404);
    const [removed] = await audits('programs.programme:removeDocument');
    expect(removed!.before).toMatchObject({ id: rulesId, hash: sha256(RULES_PDF) });
  });

  it('lists closed calls with the winners staff published, linked to the directory', async () => {
    const f = await seedCallWithApplications(t, 'results');
    const decider = await signIn(t, f.staffUser.email);
    const page = async () => (await t.app.request(`/programs/${f.programme.slug}`)).text();
    t.setNow(new Date('2026-01-20T00:00:00Z'));
    expect(await page()).not.toContain('Kết quả các đợt trước');

    t.setNow(new Date('2026-03-01T00:00:00Z'));
    const closed = await page();
    expect(closed).toContain('<h2 id="h-results">Kết quả các đợt trước</h2>');
    expect(closed).toContain('Chưa công bố kết quả.');

    const decide = (app: string, fields: Record<string, string>) =>
      decider.post(`${STAFF}/decisions/${app}`, { version: '0', ...fields });
    expect((await decide(f.apps[0]!, { op: 'award', prize: '0' })).status).toBe(303);
    expect((await decide(f.apps[1]!, { op: 'accept' })).status).toBe(303);
    expect((await decide(f.apps[2]!, { op: 'reject' })).status).toBe(303);
    // Decided but not published: still nothing public.
    expect(await page()).not.toContain('Công ty Nông Nghiệp Xanh');

    await decider.post(`${STAFF}/decisions/calls/${f.call.id}/results`, { publish: 'yes' });
    const [green] = await f.q<{ slug: string }>(
      `select slug from directory_organizations where id = $1`,
      [f.orgs[0]!.id],
    );
    const published = await page();
    expect(published).toContain(
      `<a href="/directory/organizations/${green!.slug}">Công ty Nông Nghiệp Xanh</a> — Giải Nhất`,
    );
    expect(published).toContain('Công ty Y Tế Số</a> — Được chọn');
    expect(published).not.toContain('Công ty Giáo Dục Mở');
    expect(published).not.toContain('Chưa công bố kết quả.');
    const en = await (
      await t.app.request(`/programs/${f.programme.slug}`, { headers: { cookie: 'lang=en' } })
    ).text();
    expect(en).toContain('Past results');
    expect(en).toContain('Công ty Nông Nghiệp Xanh</a> — First prize');
  });
});
