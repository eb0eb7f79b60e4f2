// The official text of a legal document: staff attach the PDF or Word file as it was issued,
// visitors download it from the document's page once it is published. The file is told by its
// bytes: a program renamed .pdf, a file over 20 MB and a Word file that unpacks to gigabytes are
// refused with a message and nothing is stored.
import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BrowserSession } from '../../../test/support/browser-session';
import { docxBomb } from '../../../test/support/bombs';
import { testEngines } from '../../../test/support/db';

const STAFF = '/admin/content/legal';
const MB = 1024 * 1024;
/** A PDF of about 1.2 MB: the signature, then filler. */
const PDF = new Uint8Array(Math.round(1.2 * MB));
PDF.set(new TextEncoder().encode('%PDF-1.7\n'));
/** A Windows program (MZ header). */
const PROGRAM = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const FIELDS = {
  number: '15/2026/QĐ-UBND',
  docType: 'decision',
  issuer: 'UBND tỉnh',
  issuedOn: '2026-03-02',
  titleVi: 'Quy định hỗ trợ khởi nghiệp đổi mới sáng tạo của tỉnh',
};

function form(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string }) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  if (file) body.set('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
  return body;
}

async function wordFile(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: [new Paragraph('Điều 1. Phạm vi điều chỉnh')] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe.each(testEngines)('the official text of a legal document on %s', (engine) => {
  let t: TestApp;
  let publisher: BrowserSession;
  let id: string;
  let slug: string;
  const visitor = () => new BrowserSession(t.app);
  const row = async () =>
    (
      await t.database.query<{
        file_hash: string | null;
        file_kind: string | null;
        version: number;
      }>(
        `select file_hash, file_kind, file_bytes, version from content_legal_documents where id = $1`,
        [id],
      )
    )[0]!;
  const count = async () =>
    (
      await t.database.query<{ n: number }>(
        `select count(*)::int as n from content_legal_documents`,
      )
    )[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'pd@legal-file.example', roles: ['publisher'] });
    publisher = await signIn(t, 'pd@legal-file.example');
  });
  afterAll(() => t.close());

  it('attaches a PDF, which visitors download from the page once published', async () => {
    const res = await publisher.postMultipart(
      `${STAFF}/new`,
      form(FIELDS, { bytes: PDF, name: 'quyết định 15.pdf' }),
    );
    expect(res.status).toBe(303);
    id = /legal\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!;
    expect(await row()).toMatchObject({
      file_hash: sha256(PDF),
      file_kind: 'pdf',
      file_bytes: PDF.length,
    });
    slug = (
      await t.database.query<{ slug: string }>(
        `select slug from content_legal_documents where id = $1`,
        [id],
      )
    )[0]!.slug;
    // Unpublished: the staff may check the file, nobody else gets it.
    expect((await visitor().get(`/legal/${slug}/file`)).status).toBe(404);
    const draft = await publisher.get(`/legal/${slug}/file`);
    expect(draft.status).toBe(200);
    expect(draft.headers.get('cache-control')).toBe('private, no-store');

    const { version } = await row();
    expect(
      (await publisher.post(`${STAFF}/${id}/publish`, { version: String(version) })).status,
    ).toBe(303);
    const page = await (await visitor().get(`/legal/${slug}`)).text();
    expect(page).toContain(`href="/legal/${slug}/file"`);
    expect(page).toContain('Tải văn bản (PDF, 1,2 MB)');
    const file = await visitor().get(`/legal/${slug}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain(
      'attachment; filename="15-2026-qd-ubnd.pdf"',
    );
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    // Compared by hash: a deep comparison of 1.2 MB takes vitest seconds.
    expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(sha256(PDF));
  });

  it('refuses a renamed program, a file over 20 MB and a Word bomb, storing nothing', async () => {
    const before = await count();
    const program = await publisher.postMultipart(
      `${STAFF}/new`,
      form({ ...FIELDS, number: '16/2026/QĐ-UBND' }, { bytes: PROGRAM, name: 'van-ban.pdf' }),
    );
    expect(program.status).toBe(422);
    expect(await program.text()).toContain(
      'Tệp &quot;van-ban.pdf&quot; không phải tệp PDF hoặc Word (.docx).',
    );
    expect(await t.deps.files.readPrivate(sha256(PROGRAM))).toBeUndefined();

    const huge = new Uint8Array(20 * MB + 1);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    const large = await publisher.postMultipart(
      `${STAFF}/new`,
      form({ ...FIELDS, number: '17/2026/QĐ-UBND' }, { bytes: huge, name: 'lon.pdf' }),
    );
    expect(large.status).toBe(422);
    expect(await large.text()).toContain('Tệp &quot;lon.pdf&quot; lớn hơn 20 MB.');

    const bomb = docxBomb();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const refused = await publisher.postMultipart(
      `${STAFF}/new`,
      form({ ...FIELDS, number: '18/2026/QĐ-UBND' }, { bytes: bomb, name: 'bom.docx' }),
    );
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('khi giải nén ra quá lớn');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(128 * MB);
    expect(await t.deps.files.readPrivate(sha256(bomb))).toBeUndefined();
    expect(await count()).toBe(before);
  });

  it('asks for a good file again when other fields are wrong, storing nothing', async () => {
    const other = new Uint8Array(PDF);
    other[PDF.length - 1] = 1;
    const res = await publisher.postMultipart(
      `${STAFF}/new`,
      form(
        { ...FIELDS, number: '19/2026/QĐ-UBND', titleVi: '' },
        { bytes: other, name: 'qd19.pdf' },
      ),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Sửa lỗi rồi chọn lại tệp.');
    expect(await t.deps.files.readPrivate(sha256(other))).toBeUndefined();
  });

  it('replaces the PDF with a Word file, then removes it', async () => {
    const docx = await wordFile();
    const { version } = await row();
    const replaced = await publisher.postMultipart(
      `${STAFF}/${id}`,
      form({ ...FIELDS, version: String(version) }, { bytes: docx, name: 'qd15.docx' }),
    );
    expect(replaced.status).toBe(303);
    expect(await row()).toMatchObject({ file_hash: sha256(docx), file_kind: 'docx' });
    const file = await visitor().get(`/legal/${slug}/file`);
    expect(file.headers.get('content-disposition')).toContain('filename="15-2026-qd-ubnd.docx"');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(docx);

    // A save without a file keeps the one attached.
    const kept = await publisher.postMultipart(
      `${STAFF}/${id}`,
      form({ ...FIELDS, version: String((await row()).version) }),
    );
    expect(kept.status).toBe(303);
    expect((await row()).file_kind).toBe('docx');

    const removed = await publisher.postMultipart(
      `${STAFF}/${id}`,
      form({ ...FIELDS, version: String((await row()).version), fileRemove: '1' }),
    );
    expect(removed.status).toBe(303);
    expect(await row()).toMatchObject({ file_hash: null, file_kind: null });
    expect(await (await visitor().get(`/legal/${slug}`)).text()).not.toContain('Tải văn bản');
    expect((await visitor().get(`/legal/${slug}/file`)).status).toBe(404);
  });
});
