// An offer's public images as its owner and its visitors live them: the owner adds a PNG with its
// description (told it will be public) and every visitor sees it on the offer's page, lazily
// loaded with its alternative text, its WebP variant offered first; a program renamed to .png is
// refused by its content, in Vietnamese and in English, and nothing is stored; an outsider can
// neither add nor remove (404); a change by an owner who may not approve goes back to approval,
// as any edit; a stale page answers 409 and stores nothing; a form sent twice is one image;
// removal takes the image (and its variant) off the public page; a seventh image is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { makePng } from '../../../test/support/images';
import { idIn, managedOrganization, offerForm, postForm, versionIn } from './testing/fixture';

const ALT = 'Dây chuyền ủ vỏ cà phê thành phân bón tại nhà máy';
// The start of a Windows program (its MZ header), saved under a .png name.
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

describe.each(testEngines)('an offer’s public images on %s', (engine) => {
  let t: TestApp;
  let owner: BrowserSession;
  let stranger: BrowserSession;
  let staff: BrowserSession;
  let visitor: BrowserSession;
  let page = '';

  const imageRows = async () =>
    t.database.query<{ id: string; file_key: string; alt_vi: string; variants: { key: string }[] }>(
      'select id, file_key, alt_vi, variants from marketplace_offer_images order by created_at',
    );
  const versionOf = async (who: BrowserSession) => versionIn(await (await who.get(page)).text());
  const imageForm = (
    version: string,
    bytes: Uint8Array<ArrayBuffer>,
    name: string,
    altVi = ALT,
  ) => {
    const form = new FormData();
    form.append('version', version);
    form.append('image', new Blob([bytes]), name);
    form.append('altVi', altVi);
    form.append('altEn', 'Coffee husk composting line');
    return form;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    const o = await createUser(t, { email: 'anh@sinhhoc.example', name: 'Phòng Kinh doanh' });
    await createUser(t, { email: 'la@example.vn', name: 'Người Lạ' });
    await createUser(t, { email: 'nv@sokhcn.example', roles: ['staff'], name: 'Nhân Viên' });
    const company = await managedOrganization(t, 'sme', 'Công ty CP Sinh học Tây Nguyên', [
      [o.id, 'owner'],
    ]);
    owner = await signIn(t, 'anh@sinhhoc.example');
    stranger = await signIn(t, 'la@example.vn');
    staff = await signIn(t, 'nv@sokhcn.example');
    visitor = new BrowserSession(t.app);
    const created = await postForm(owner, '/marketplace/offers/new', offerForm(company.slug));
    expect(created.status).toBe(303);
    page = `/marketplace/offers/${idIn(created.headers.get('location'))}`;
    await owner.post(`${page}/step`, { step: 'submit', version: '1' });
    expect((await staff.post(`${page}/step`, { step: 'approve', version: '2' })).status).toBe(303);
  });
  afterAll(() => t.close());

  it('tells the owner images are public, and shows none to a visitor before one is added', async () => {
    const html = await (await owner.get(page)).text();
    expect(html).toContain('Hình ảnh là công khai');
    expect(html).toContain('name="altVi"');
    const seen = await (await visitor.get(page)).text();
    expect(seen).not.toContain('name="altVi"');
    expect(seen).not.toContain('offer-images-title');
  });

  it('refuses a program renamed to .png by its content, in both languages, storing nothing', async () => {
    const version = await versionOf(owner);
    const refused = await owner.postMultipart(
      `${page}/images`,
      imageForm(version, EXE, 'anh-day-chuyen.png'),
    );
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('Tệp này không phải ảnh PNG, JPEG, WebP hoặc GIF.');
    expect(html).toContain(`value="${ALT}"`);
    owner.set('lang', 'en');
    const english = await owner.postMultipart(
      `${page}/images`,
      imageForm(version, EXE, 'photo.png'),
    );
    owner.set('lang', 'vi');
    expect(english.status).toBe(422);
    expect(await english.text()).toContain('This file is not a PNG, JPEG, WebP or GIF image.');
    expect(await imageRows()).toEqual([]);
    expect(await versionOf(owner)).toBe(version);
  });

  it('requires a Vietnamese description', async () => {
    const res = await owner.postMultipart(
      `${page}/images`,
      imageForm(await versionOf(owner), makePng(40, 30), 'a.png', '  '),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Nhập mô tả ảnh bằng tiếng Việt.');
    expect(await imageRows()).toEqual([]);
  });

  it('lets no outsider add an image (404)', async () => {
    const form = imageForm(await versionOf(owner), makePng(40, 30), 'a.png');
    expect((await stranger.postMultipart(`${page}/images`, form)).status).toBe(404);
    expect((await visitor.postMultipart(`${page}/images`, form)).status).not.toBe(303);
    expect(await imageRows()).toEqual([]);
  });

  it('answers a stale page with 409 and stores nothing', async () => {
    const stale = String(Number(await versionOf(owner)) - 1);
    const res = await owner.postMultipart(
      `${page}/images`,
      imageForm(stale, makePng(40, 30), 'a.png'),
    );
    expect(res.status).toBe(409);
    expect(await imageRows()).toEqual([]);
  });

  it('shows an uploaded PNG on the public page with its alternative text, lazily', async () => {
    const form = imageForm(await versionOf(owner), makePng(64, 48), 'day-chuyen.png');
    const added = await owner.postMultipart(`${page}/images`, form);
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toContain('done=imageAdded');
    // The same form sent again (a double click) is one image.
    expect((await owner.postMultipart(`${page}/images`, form)).status).toBe(303);
    const rows = await imageRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.file_key).toMatch(/^[0-9a-f]{64}\.png$/);
    // A change by an owner who may not approve sends the offer back to approval, as any edit.
    expect((await visitor.get(page)).status).toBe(404);
    const approve = { step: 'approve', version: await versionOf(staff) };
    expect((await staff.post(`${page}/step`, approve)).status).toBe(303);
    const html = await (await visitor.get(page)).text();
    const img = new RegExp(
      `<img[^>]*src="/files/${rows[0]!.file_key}"[^>]*alt="${ALT}"[^>]*width="64"[^>]*height="48"[^>]*loading="lazy"`,
    );
    expect(html).toMatch(img);
    // Its WebP variant (one, at its own width) offered before it.
    expect(html).toContain(
      `<source type="image/webp" srcset="/files/${rows[0]!.variants[0]!.key} 64w"`,
    );
    expect(html).not.toContain('/remove');
    const file = await visitor.get(`/files/${rows[0]!.file_key}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
  });

  it('lets no outsider remove an image (404)', async () => {
    const [image] = await imageRows();
    const version = await versionOf(owner);
    const remove = `${page}/images/${image!.id}/remove`;
    expect((await stranger.post(remove, { version })).status).toBe(404);
    expect(await imageRows()).toHaveLength(1);
  });

  it('removes an image from the public page', async () => {
    const [image] = await imageRows();
    const remove = `${page}/images/${image!.id}/remove`;
    const res = await owner.post(remove, { version: await versionOf(owner) });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('done=imageRemoved');
    expect(await imageRows()).toEqual([]);
    const html = await (await visitor.get(page)).text();
    expect(html).not.toContain(image!.file_key);
    expect(html).not.toContain(image!.variants[0]!.key);
  });

  it('lets the centre’s staff add images, up to six', async () => {
    for (let i = 1; i <= 6; i++) {
      const form = imageForm(await versionOf(staff), makePng(20 + i, 20), `anh-${i}.png`);
      expect((await staff.postMultipart(`${page}/images`, form)).status).toBe(303);
    }
    const seventh = imageForm(await versionOf(staff), makePng(30, 30), 'anh-7.png');
    const res = await staff.postMultipart(`${page}/images`, seventh);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Mỗi tin có tối đa 6 ảnh.');
    expect(await imageRows()).toHaveLength(6);
  });
});
