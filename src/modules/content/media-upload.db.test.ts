// Issue 12, item 5: staff add images and documents (PDF, Word, Excel) to the media library from
// its page, a plain form. What a file is comes from its bytes: a program, a page or a zip bomb
// under a document's name, an image under a PDF's name, an empty or oversize file are refused
// with a message and nothing is kept. Documents are listed with their kind, size and name and
// downloaded by anyone with their address (an article links it) as an attachment of their own
// type under a safe name. An image's descriptions are edited on its page; a save from an older
// version answers 409 with both versions and overwrites nothing.
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { archive, docxBomb, workbookParts, zipBomb } from '../../../test/support/bombs';
import { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { makePng, SVG_LOGO } from '../../../test/support/images';

const LIBRARY = '/admin/content/media';
const MB = 1024 * 1024;
const PNG = makePng(640, 360);
const PDF = new Uint8Array(300 * 1024);
PDF.set(new TextEncoder().encode('%PDF-1.7\n'));
const XLSX = archive([
  ...workbookParts(),
  {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    ),
  },
]);
/** A Windows program (MZ header) and a web page with a script. */
const PROGRAM = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const PAGE = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');

async function wordFile(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Mẫu đăng ký dự thi')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function upload(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string }) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  if (file) body.set('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
  return body;
}

/** The text of a page without its markup's escapes, as a reader sees it. */
const readable = async (res: Response) =>
  (await res.text())
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe.each(testEngines)('uploads to the media library on %s', (engine) => {
  let t: TestApp;
  let editor: BrowserSession;
  let docx: Uint8Array;
  const rows = () =>
    t.database.query<{
      key: string;
      kind: string;
      file_name: string;
      bytes: number | null;
      width: number | null;
      height: number | null;
      alt_vi: string;
      alt_en: string;
      version: number;
    }>(
      `select key, kind, file_name, bytes, width, height, alt_vi, alt_en, version
       from content_media order by created_at, key`,
    );
  const rowOf = async (key: string) => (await rows()).find((r) => r.key === key)!;
  const keyOf = (res: Response) =>
    /\/admin\/content\/media\/([0-9a-f]{64}\.[a-z]+)\?done=/.exec(
      res.headers.get('location')!,
    )![1]!;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'thu-vien@sokhcn.example', roles: ['publisher'] });
    editor = await signIn(t, 'thu-vien@sokhcn.example');
    docx = await wordFile();
  });
  afterAll(() => t.close());

  it('asks for an image’s description, keeps the image meanwhile, then adds it with its name and size', async () => {
    const refused = await editor.postMultipart(
      LIBRARY,
      upload({ altVi: '', altEn: 'Workshop' }, { bytes: PNG, name: 'Hội thảo.png' }),
    );
    expect(refused.status).toBe(422);
    const page = await readable(refused);
    expect(page).toContain('Hãy mô tả ảnh bằng tiếng Việt (bắt buộc với ảnh).');
    expect(page).toContain('value="Workshop"');
    const pending = /name="pending" value="([^"]+)"/.exec(page)![1]!;
    expect(page).toContain('name="pendingName" value="Hội thảo.png"');
    expect(await rows()).toEqual([]);

    const added = await editor.postMultipart(
      LIBRARY,
      upload({
        pending,
        pendingName: 'Hội thảo.png',
        altVi: 'Hội thảo khởi nghiệp tại Đà Lạt',
        altEn: 'Workshop',
      }),
    );
    expect(added.status).toBe(303);
    expect(keyOf(added)).toBe(pending);
    expect(await rows()).toEqual([
      expect.objectContaining({
        key: pending,
        kind: 'image',
        file_name: 'Hội thảo.png',
        bytes: PNG.length,
        width: 640,
        height: 360,
        alt_vi: 'Hội thảo khởi nghiệp tại Đà Lạt',
        alt_en: 'Workshop',
      }),
    ]);
    const audit = await t.database.query<{ action: string; entity_id: string }>(
      `select action, entity_id from platform_audit_log where action = 'content.media:add'`,
    );
    expect(audit).toEqual([{ action: 'content.media:add', entity_id: pending }]);
    const shown = await readable(await editor.get(added.headers.get('location')!));
    expect(shown).toContain('Đã thêm vào thư viện.');
    expect(shown).toContain('Hội thảo.png');
  });

  it('adds PDF, Word and Excel documents, listed with their kind, size and name', async () => {
    const files = [
      { bytes: PDF, name: 'Kế hoạch "2026"; bản cuối.pdf', kind: 'pdf' },
      { bytes: docx, name: 'Mẫu đăng ký.docx', kind: 'docx' },
      { bytes: XLSX, name: 'Số liệu quý 3.XLSX', kind: 'xlsx' },
    ];
    for (const file of files) {
      const res = await editor.postMultipart(LIBRARY, upload({ altVi: '' }, file));
      expect(res.status, file.name).toBe(303);
      expect(await rowOf(keyOf(res))).toMatchObject({
        kind: file.kind,
        file_name: file.name,
        bytes: file.bytes.length,
        width: null,
        height: null,
      });
    }
    const list = await readable(await editor.get(LIBRARY));
    for (const text of ['PDF', 'Word', 'Excel', '300 KB', 'Mẫu đăng ký.docx', 'Số liệu quý 3.XLSX'])
      expect(list).toContain(text);
    expect(list).toContain('Kế hoạch "2026"; bản cuối.pdf');
    const found = await readable(await editor.get(`${LIBRARY}?q=${encodeURIComponent('số liệu')}`));
    expect(found).toContain('Số liệu quý 3.XLSX');
    expect(found).not.toContain('Mẫu đăng ký.docx');
  });

  it('serves a document to anyone with its address, as a download of its type under a safe name', async () => {
    const pdf = (await rows()).find((r) => r.kind === 'pdf')!;
    const res = await new BrowserSession(t.app).get(`/media/${pdf.key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Ke hoach _2026__ ban cuoi.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%222026%22%3B%20b%E1%BA%A3n%20cu%E1%BB%91i.pdf`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);

    const xlsx = (await rows()).find((r) => r.kind === 'xlsx')!;
    const sheet = await t.app.request(`/media/${xlsx.key}`);
    expect(sheet.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sheet.headers.get('content-disposition')).toContain('filename="So lieu quy 3.xlsx"');

    // An image is not a library document; a key of no file, or a malformed one, is not either.
    const image = (await rows()).find((r) => r.kind === 'image')!;
    for (const key of [
      image.key,
      `${'0'.repeat(64)}.pdf`,
      '..%2F..%2Fetc%2Fpasswd',
      pdf.key.toUpperCase(),
    ])
      expect((await t.app.request(`/media/${key}`)).status, key).toBe(404);
  });

  it('keeps the same file once, whoever uploads it again', async () => {
    const before = (await rows()).length;
    const again = await editor.postMultipart(
      LIBRARY,
      upload({ altVi: 'Bản khác' }, { bytes: PDF, name: 'ke-hoach.pdf' }),
    );
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toMatch(/\?done=known$/);
    expect(await rows()).toHaveLength(before);
    expect(await readable(await editor.get(again.headers.get('location')!))).toContain(
      'Tệp này đã có trong thư viện, không thêm lần nữa.',
    );
  });

  it('refuses disguised, unknown, empty and oversize files with a message, keeping nothing', async () => {
    const before = await rows();
    const big = new Uint8Array(21 * MB);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const cases: [{ bytes: Uint8Array; name: string } | undefined, string][] = [
      [undefined, 'Hãy chọn một ảnh hoặc tài liệu để tải lên.'],
      [{ bytes: PROGRAM, name: 'bao-cao.pdf' }, 'Tệp "bao-cao.pdf" không phải ảnh'],
      [{ bytes: PAGE, name: 'trang.docx' }, 'Tệp "trang.docx" không phải ảnh'],
      [{ bytes: zipBomb(), name: 'nen.zip' }, 'Tệp "nen.zip" không phải ảnh'],
      [{ bytes: PNG, name: 'anh-bia.pdf' }, 'Tệp "anh-bia.pdf" là ảnh nhưng tên tệp mang đuôi'],
      [{ bytes: PDF, name: 'mau.docx' }, 'Tệp "mau.docx" là tệp PDF nhưng'],
      [{ bytes: XLSX, name: 'so-lieu.exe' }, 'Tệp "so-lieu.exe" là tệp Excel nhưng'],
      [{ bytes: SVG_LOGO, name: 'logo.png' }, 'Không nhận ảnh SVG.'],
      [{ bytes: new Uint8Array(0), name: 'rong.pdf' }, 'Tệp "rong.pdf" trống.'],
      [{ bytes: big, name: 'lon.pdf' }, 'Tệp "lon.pdf" lớn hơn 20 MB.'],
      [{ bytes: makePng(800, 600, 6 * MB), name: 'lon.png' }, 'Ảnh lớn hơn 5 MB.'],
      [{ bytes: makePng(7000, 10), name: 'dai.png' }, 'Ảnh rộng hoặc cao hơn 6000 điểm ảnh.'],
      [{ bytes: docxBomb(), name: 'bom.docx' }, 'Tệp "bom.docx" khi giải nén ra quá lớn'],
    ];
    for (const [file, message] of cases) {
      const res = await editor.postMultipart(LIBRARY, upload({ altVi: 'Tệp thử' }, file));
      expect(res.status, file?.name).toBe(422);
      const page = await readable(res);
      expect(page, file?.name).toContain(message);
      expect(page).toContain('aria-invalid="true"');
    }
    // In English too, from the English catalog.
    editor.set('lang', 'en');
    const english = await editor.postMultipart(
      LIBRARY,
      upload({ altVi: 'x' }, { bytes: PNG, name: 'photo.xlsx' }),
    );
    editor.set('lang', 'vi');
    expect(await readable(english)).toContain(
      'The file "photo.xlsx" is an image but its name ends as another kind of file.',
    );
    // Beyond what the form may carry at all: the site's own "too large" page, not a failure.
    const huge = new Uint8Array(31 * MB);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    const tooLarge = await editor.postMultipart(
      LIBRARY,
      upload({ altVi: '' }, { bytes: huge, name: 'qua-lon.pdf' }),
    );
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain('Dung lượng tối đa là 31,5 MB.');
    expect(await rows()).toEqual(before);
  });

  it('edits an image’s descriptions; a save from an older version gets 409 with both, nothing lost', async () => {
    const image = (await rows()).find((r) => r.kind === 'image')!;
    const path = `${LIBRARY}/${image.key}`;
    const form = await editor.get(path);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain(`name="version" value="${image.version}"`);

    const saved = await editor.post(path, {
      version: String(image.version),
      altVi: 'Diễn giả trình bày tại hội thảo',
      altEn: 'A speaker at the workshop',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`${path}?done=saved`);

    // A colleague's form was loaded at the older version.
    const stale = await editor.post(path, {
      version: String(image.version),
      altVi: 'Khán giả nghe trình bày',
      altEn: '',
    });
    expect(stale.status).toBe(409);
    const page = await readable(stale);
    expect(page).toContain('Người khác đã sửa mô tả này trong lúc bạn sửa.');
    expect(page).toContain('value="Khán giả nghe trình bày"');
    expect(page).toContain('Giá trị vừa được lưu:</strong> Diễn giả trình bày tại hội thảo');
    expect(page).toContain('Giá trị vừa được lưu:</strong> A speaker at the workshop');
    expect(page).toContain(`name="version" value="${image.version + 1}"`);
    expect(await rowOf(image.key)).toMatchObject({
      alt_vi: 'Diễn giả trình bày tại hội thảo',
      alt_en: 'A speaker at the workshop',
      version: image.version + 1,
    });

    const empty = await editor.post(path, { version: String(image.version + 1), altVi: ' ' });
    expect(empty.status).toBe(422);
    expect(await readable(empty)).toContain('Hãy mô tả ảnh bằng tiếng Việt');
    const tooLong = await editor.post(path, {
      version: String(image.version + 1),
      altVi: 'ả'.repeat(201),
    });
    expect(tooLong.status).toBe(422);
    expect((await rowOf(image.key)).version).toBe(image.version + 1);

    // A document's description may stay empty: its name is the link's text then.
    const pdf = (await rows()).find((r) => r.kind === 'pdf')!;
    const described = await editor.post(`${LIBRARY}/${pdf.key}`, {
      version: String(pdf.version),
      altVi: '',
      altEn: 'The 2026 plan',
    });
    expect(described.status).toBe(303);
    expect((await rowOf(pdf.key)).alt_en).toBe('The 2026 plan');
  });

  it('is no one else’s: a member gets 404 on every page and form, and nothing changes', async () => {
    await createUser(t, { email: 'thanh-vien@thu-vien.example' });
    const member = await signIn(t, 'thanh-vien@thu-vien.example');
    const before = await rows();
    const image = before.find((r) => r.kind === 'image')!;
    expect((await member.get(LIBRARY)).status).toBe(404);
    expect((await member.get(`${LIBRARY}/${image.key}`)).status).toBe(404);
    const posted = await member.postMultipart(
      LIBRARY,
      upload({ altVi: 'Ảnh lạ' }, { bytes: makePng(32, 32), name: 'la.png' }),
    );
    expect(posted.status).toBe(404);
    const edited = await member.post(`${LIBRARY}/${image.key}`, {
      version: String(image.version),
      altVi: 'Sửa trái phép',
    });
    expect(edited.status).toBe(404);
    expect(await rows()).toEqual(before);
    // An unknown file's page is a 404 to staff too.
    expect((await editor.get(`${LIBRARY}/${'1'.repeat(64)}.png`)).status).toBe(404);
  });

  it('keeps the file name of a cover uploaded with an article, also after a refused save', async () => {
    const cover = makePng(400, 300);
    const body = (fields: Record<string, string>, withFile: boolean) => {
      const data = new FormData();
      for (const [k, v] of Object.entries({
        kind: 'news',
        titleVi: 'Tin có ảnh bìa',
        slug: 'tin-co-anh-bia',
        ...fields,
      }))
        data.set(k, v);
      if (withFile) data.set('cover', new File([cover], 'Ảnh bìa tháng 12.png'));
      return data;
    };
    const refused = await editor.postMultipart('/admin/content/new', body({}, true));
    expect(refused.status).toBe(422);
    const page = await refused.text();
    const pending = /name="coverPending" value="([^"]+)"/.exec(page)![1]!;
    expect(page).toContain('name="coverPendingName" value="Ảnh bìa tháng 12.png"');
    const saved = await editor.postMultipart(
      '/admin/content/new',
      body(
        {
          coverPending: pending,
          coverPendingName: 'Ảnh bìa tháng 12.png',
          coverAltVi: 'Quang cảnh hội chợ',
        },
        false,
      ),
    );
    expect(saved.status).toBe(303);
    expect(await rowOf(pending)).toMatchObject({
      kind: 'image',
      file_name: 'Ảnh bìa tháng 12.png',
      bytes: cover.length,
      alt_vi: 'Quang cảnh hội chợ',
    });
  });

  it('offers the library’s documents to the editor’s link panel, and their Markdown to paste', async () => {
    const docxRow = (await rows()).find((r) => r.kind === 'docx')!;
    const form = await readable(await editor.get('/admin/content/new'));
    expect(form).toContain(
      `<option value="/media/${docxRow.key}" data-text="Mẫu đăng ký.docx">Mẫu đăng ký.docx (Word)</option>`,
    );
    const page = await readable(await editor.get(`${LIBRARY}/${docxRow.key}`));
    expect(page).toContain(`[Mẫu đăng ký.docx](/media/${docxRow.key})`);
    // Pasted as Markdown in a body, the link survives the server's cleaning.
    const res = await editor.postMultipart(
      '/admin/content/new',
      (() => {
        const data = new FormData();
        data.set('kind', 'news');
        data.set('titleVi', 'Mời đăng ký');
        data.set('slug', 'moi-dang-ky');
        data.set('bodyVi', `Tải [mẫu đăng ký](/media/${docxRow.key}).`);
        return data;
      })(),
    );
    expect(res.status).toBe(303);
    const id = /content\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    expect(
      (await editor.post(`/admin/content/${id}/step`, { step: 'publish', version: '1' })).status,
    ).toBe(303);
    const article = await (await t.app.request('/news/moi-dang-ky')).text();
    expect(article).toContain(`<a href="/media/${docxRow.key}">mẫu đăng ký</a>`);
  });
});
