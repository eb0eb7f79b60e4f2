import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { makeJpegHeader, makePng, SVG_LOGO } from '../../../test/support/images';

const ORG = '/directory/organizations';
const SLUG = 'nong-nghiep-so';

const PROFILE: [string, string][] = [
  ['kind', 'startup'],
  ['legalName', 'Công ty TNHH Nông nghiệp Số Cần Thơ'],
  ['shortName', 'Nông nghiệp Số'],
  ['taxCode', '0312345673'],
  ['status', 'active'],
  ['provinceCode', '92'],
  ['address', '12 Đường 3/2, Ninh Kiều'],
  ['descriptionVi', 'Cảm biến độ mặn cho ruộng lúa'],
];

const withField = (fields: [string, string][], name: string, value: string) =>
  [...fields.filter(([k]) => k !== name), [name, value]] as [string, string][];

interface Upload {
  bytes: Uint8Array<ArrayBuffer>;
  name: string;
  /** What the browser claims; the server must not believe it. */
  type: string;
}

/** The profile form as a browser sends it with enctype="multipart/form-data". */
function form(fields: [string, string][], logo?: Upload) {
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  // No file chosen: browsers still send the part, empty and nameless.
  const file = logo
    ? new File([logo.bytes], logo.name, { type: logo.type })
    : new File([], '', { type: 'application/octet-stream' });
  data.append('logoFile', file);
  return data;
}

/** A file as the browser names and types it (the type is whatever the browser guessed). */
const file = (bytes: Uint8Array<ArrayBuffer>, name: string, type = 'image/png'): Upload => ({
  bytes,
  name,
  type,
});

const PNG = makePng(320, 160);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const pngUpload = file(PNG, 'logo.png');

describe.each(testEngines)('organisation logos on %s', (engine) => {
  let t: TestApp;
  let founder: BrowserSession;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    t.database.query<T>(sql, params);
  const row = async () =>
    (await q(`select * from directory_organizations where slug = $1`, [SLUG]))[0]!;
  const storedFiles = () => {
    const root = path.join(t.deps.config.DATA_DIR, 'files');
    try {
      return readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort();
    } catch {
      return [];
    }
  };
  /** Saves the edit form based on `version`, with a file chosen or not. */
  const saveEdit = (fields: [string, string][], version: string, logo?: Upload) =>
    founder.postMultipart(`${ORG}/${SLUG}/edit`, form([...fields, ['version', version]], logo));
  const editForm = async (browser: BrowserSession) => {
    const html = await (await browser.get(`${ORG}/${SLUG}/edit`)).text();
    return { html, version: /name="version" value="(\d+)"/.exec(html)![1]! };
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'founder@logo.example', name: 'Nhà Sáng Lập' });
    founder = await signIn(t, 'founder@logo.example');
  });
  afterAll(() => t?.close());

  it('refuses an SVG logo on creation with its own message, storing nothing', async () => {
    const page = await (await founder.get(`${ORG}/new`)).text();
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toMatch(/<label for="logoFile">Tệp logo<\/label>/);
    expect(page).toContain(
      'Ảnh PNG, JPEG, WebP hoặc GIF, tối đa 1 MB và 4096 × 4096 điểm ảnh. Không nhận SVG.',
    );
    expect(page).toMatch(/<input[^>]*type="file"[^>]*aria-describedby="logoFile-hint"/);

    const res = await founder.postMultipart(
      `${ORG}/new`,
      form([...PROFILE, ['manager', 'new']], file(SVG_LOGO, 'logo.png')),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('href="#logoFile"');
    expect(html).toContain('Không nhận ảnh SVG. Hãy dùng ảnh PNG, JPEG, WebP hoặc GIF.');
    // Everything typed is shown again.
    expect(html).toContain('value="12 Đường 3/2, Ninh Kiều"');
    expect(html).toContain('Cảm biến độ mặn cho ruộng lúa');
    expect(await q(`select id from directory_organizations`)).toHaveLength(0);
    expect(storedFiles()).toEqual([]);
  });

  it('creates a profile with a PNG logo, stored by content and served with safe headers', async () => {
    const res = await founder.postMultipart(
      `${ORG}/new`,
      form([...PROFILE, ['manager', 'new']], pngUpload),
    );
    expect(res.status).toBe(303);
    const key = `${sha256(PNG)}.png`;
    expect((await row()).logo_file).toBe(key);
    expect(storedFiles()).toEqual([key]);

    const served = await t.app.request(`/files/${key}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);
    const etag = served.headers.get('etag')!;
    const again = await t.app.request(`/files/${key}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    const page = await (await t.app.request(`${ORG}/${SLUG}`)).text();
    // 320 × 160 fits the 160-pixel box as 160 × 80.
    expect(page).toContain(
      `<img class="org-logo" src="/files/${key}" alt="Logo của Nông nghiệp Số" width="160" height="80"`,
    );
    expect(page).toContain(
      `<meta property="og:image" content="http://localhost:3000/files/${key}"/>`,
    );
    expect(page).toContain(`"logo":"http://localhost:3000/files/${key}"`);
  });

  it('answers 404 for unknown and malformed file addresses', async () => {
    for (const bad of [
      `/files/${'0'.repeat(64)}.png`,
      `/files/${sha256(PNG)}.svg`,
      `/files/${sha256(PNG)}`,
      '/files/abc',
      '/files/..%2Fpglite',
    ]) {
      expect((await t.app.request(bad)).status, bad).toBe(404);
    }
  });

  it('refuses a text file named logo.png, in Vietnamese, changing nothing', async () => {
    const before = await row();
    const { version } = await editForm(founder);
    const text = new TextEncoder().encode('Đây là logo của chúng tôi, thật đấy.');
    const address = withField(PROFILE, 'address', '45 Đường 30/4');
    const res = await saveEdit(address, version, file(text, 'logo.png'));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Tệp này không phải ảnh PNG, JPEG, WebP hoặc GIF.');
    expect(html).toMatch(
      /<input[^>]*aria-invalid="true"[^>]*aria-describedby="logoFile-hint logoFile-error"/,
    );
    expect(html).toContain('value="45 Đường 30/4"');
    expect(await row()).toEqual(before);
    expect(storedFiles()).toEqual([`${sha256(PNG)}.png`]);
  });

  it('refuses oversize files and images, in the user’s language, changing nothing', async () => {
    const before = await row();
    const { version } = await editForm(founder);
    // 2 MB: over the site-wide body limit too, so this also proves the form's larger limit.
    const heavy = makePng(10, 10, 2_000_000);
    const tooHeavy = await saveEdit(PROFILE, version, file(heavy, 'a.png'));
    expect(tooHeavy.status).toBe(422);
    expect(await tooHeavy.text()).toContain('Ảnh lớn hơn 1 MB. Hãy chọn ảnh nhỏ hơn.');

    founder.set('lang', 'en');
    const wide = await saveEdit(PROFILE, version, file(makePng(5000, 1), 'banner.png'));
    founder.set('lang', 'vi');
    expect(wide.status).toBe(422);
    expect(await wide.text()).toContain(
      'The image is wider or taller than 4096 pixels. Please shrink it.',
    );
    expect(await row()).toEqual(before);
    expect(storedFiles()).toEqual([`${sha256(PNG)}.png`]);
  });

  it('keeps the logo when a save does not touch it, and removes it when asked', async () => {
    const key = `${sha256(PNG)}.png`;
    const edit = await editForm(founder);
    expect(edit.html).toContain(`src="/files/${key}"`);
    expect(edit.html).toContain('Xoá logo hiện tại');
    const kept = await saveEdit(withField(PROFILE, 'address', '45 Đường 30/4'), edit.version);
    expect(kept.status).toBe(303);
    expect(await row()).toMatchObject({ address: '45 Đường 30/4', logo_file: key });

    const { version } = await editForm(founder);
    const removed = await saveEdit([...PROFILE, ['logoRemove', '1']], version);
    expect(removed.status).toBe(303);
    expect((await row()).logo_file).toBeNull();
    const page = await (await t.app.request(`${ORG}/${SLUG}`)).text();
    expect(page).not.toContain('org-logo');
    expect(page).not.toContain('og:image');
  });

  it('carries a valid logo through a save refused for another field', async () => {
    let { version } = await editForm(founder);
    const refused = await saveEdit(withField(PROFILE, 'taxCode', '0100109107'), version, pngUpload);
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('Mã số thuế không hợp lệ');
    const key = `${sha256(PNG)}.png`;
    expect(html).toContain(`<input type="hidden" name="logoPending" value="${key}"/>`);
    expect((await row()).logo_file).toBeNull();

    // Sent again without choosing the file: the carried logo is saved.
    const saved = await saveEdit([...PROFILE, ['logoPending', key]], version);
    expect(saved.status).toBe(303);
    expect((await row()).logo_file).toBe(key);

    // A carried key must name a stored image: anything else is ignored.
    ({ version } = await editForm(founder));
    const forged = await saveEdit([...PROFILE, ['logoPending', `${'ab'.repeat(32)}.png`]], version);
    expect(forged.status).toBe(303);
    expect((await row()).logo_file).toBe(key);
  });

  it('a stale save with a new logo answers 409 and changes nothing', async () => {
    const before = await row();
    const other = makePng(64, 64);
    const res = await saveEdit(
      PROFILE,
      String(Number(before.version) - 1),
      file(other, 'new.webp', 'image/webp'),
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Hồ sơ vừa được người khác lưu');
    expect(html).toContain('href="#logoFile"');
    expect(html).toContain(`name="logoPending" value="${sha256(other)}.png"`);
    expect(await row()).toEqual(before);
  });

  it('shows the logo only to whom its visibility allows', async () => {
    const { version } = await editForm(founder);
    const res = await saveEdit([...PROFILE, ['visibility.logoFile', 'members']], version);
    expect(res.status).toBe(303);
    expect((await row()).visibility).toEqual({ logoFile: 'members' });
    const anonymous = await (await t.app.request(`${ORG}/${SLUG}`)).text();
    expect(anonymous).not.toContain('org-logo');
    expect(anonymous).not.toContain('og:image');
    const member = await (await founder.get(`${ORG}/${SLUG}`)).text();
    expect(member).toContain(`src="/files/${sha256(PNG)}.png"`);
  });

  describe('over the API', () => {
    let staff: BrowserSession;
    const API = `/api/v1/directory/organizations/${SLUG}/logo`;
    beforeAll(async () => {
      await createUser(t, { email: 'staff@logo.example', roles: ['staff'] });
      staff = await signIn(t, 'staff@logo.example');
    });
    const send = (
      browser: BrowserSession,
      method: 'PUT' | 'DELETE',
      body: Uint8Array<ArrayBuffer> | undefined,
      headers: Record<string, string>,
    ) =>
      t.app.request(API, {
        method,
        headers: { origin: TEST_ORIGIN, cookie: browser.cookieHeader, ...headers },
        body,
      });
    const ifMatch = async () => ({ 'if-match': `W/"${String((await row()).version)}"` });

    it('sets a logo checked by content, with If-Match, staff only', async () => {
      const jpegNamedPng = makeJpegHeader(200, 100);
      expect((await send(staff, 'PUT', PNG, { 'content-type': 'image/png' })).status).toBe(428);
      expect((await send(founder, 'PUT', PNG, await ifMatch())).status).toBe(403);

      const before = await row();
      const refused = await send(staff, 'PUT', SVG_LOGO, {
        'content-type': 'image/png',
        'accept-language': 'en',
        ...(await ifMatch()),
      });
      expect(refused.status).toBe(422);
      expect((await refused.json()).errors).toEqual([
        {
          field: 'logoFile',
          message: 'SVG images are not accepted. Please use PNG, JPEG, WebP or GIF.',
        },
      ]);
      const heavy = await send(staff, 'PUT', makePng(10, 10, 1_100_000), await ifMatch());
      expect(heavy.status).toBe(413);
      expect(await row()).toEqual(before);

      const res = await send(staff, 'PUT', jpegNamedPng, {
        'content-type': 'image/png',
        ...(await ifMatch()),
      });
      expect(res.status).toBe(200);
      const key = `${sha256(jpegNamedPng)}.jpg`;
      expect((await res.json()).logo).toBe(`/files/${key}`);
      expect(res.headers.get('etag')).toBe(`W/"${Number(before.version) + 1}"`);
      expect((await row()).logo_file).toBe(key);
      expect((await t.app.request(`/files/${key}`)).headers.get('content-type')).toBe('image/jpeg');

      const stale = await send(staff, 'PUT', PNG, { 'if-match': `W/"${String(before.version)}"` });
      expect(stale.status).toBe(409);
      expect((await row()).logo_file).toBe(key);
    });

    it('removes the logo', async () => {
      const res = await send(staff, 'DELETE', undefined, await ifMatch());
      expect(res.status).toBe(200);
      expect((await res.json()).logo).toBeNull();
      expect((await row()).logo_file).toBeNull();
    });
  });
});
