// An official text arrives as a Word file: the editor imports it and gets a clean draft —
// headings, emphasis, lists, tables and pictures kept, anything active dropped — then fixes it.
// Files that are not Word files, or that expand without limit, are refused with a message.
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { renderRichText } from '../../platform/text/rich-text';
import { makePng } from '../../../test/support/images';
import { docxBomb } from '../../../test/support/bombs';

async function officialText(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: 'Kế hoạch hỗ trợ khởi nghiệp năm 2027',
            heading: HeadingLevel.HEADING_1,
          }),
          new Paragraph({
            children: [
              new TextRun('Căn cứ '),
              new TextRun({ text: 'Quyết định 188/QĐ-TTg', bold: true }),
              new TextRun(' <script>alert(1)</script>'),
            ],
          }),
          new Paragraph({ text: 'Mục tiêu', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Hỗ trợ 100 dự án', bullet: { level: 0 } }),
          new Paragraph({ text: 'Thành lập 20 doanh nghiệp KH&CN', bullet: { level: 0 } }),
          new Paragraph({
            children: [
              new ExternalHyperlink({
                link: 'javascript:alert(2)',
                children: [new TextRun('liên kết độc')],
              }),
              new TextRun(' và '),
              new ExternalHyperlink({
                link: 'https://most.gov.vn',
                children: [new TextRun('Bộ KH&CN')],
              }),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Năm')] }),
                  new TableCell({ children: [new Paragraph('Số dự án')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('2027')] }),
                  new TableCell({ children: [new Paragraph('100')] }),
                ],
              }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: makePng(64, 32),
                transformation: { width: 64, height: 32 },
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const upload = (bytes: Uint8Array, name: string) => {
  const form = new FormData();
  form.set('docx', new File([new Uint8Array(bytes)], name));
  form.set('kind', 'announcement');
  return form;
};

describe.each(testEngines)('importing a Word file on %s', (engine) => {
  let t: TestApp;
  let editor: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await createUser(t, { email: 'word@sokhcn.example', roles: ['editor'] });
    editor = await signIn(t, 'word@sokhcn.example');
  });
  afterAll(() => t.close());

  it('turns the file into a clean draft with its picture stored', async () => {
    const res = await editor.postMultipart(
      '/admin/content/import',
      upload(await officialText(), 'ke-hoach.docx'),
    );
    expect(res.status).toBe(303);
    const [item] = await t.database.query(
      `select kind, status, title_vi, body_vi from content_items`,
    );
    const row = item as { kind: string; status: string; title_vi: string; body_vi: string };
    expect(row).toMatchObject({
      kind: 'announcement',
      status: 'draft',
      title_vi: 'Kế hoạch hỗ trợ khởi nghiệp năm 2027',
    });
    expect(row.body_vi).toContain('**Quyết định 188/QĐ-TTg**');
    expect(row.body_vi).toContain('## Mục tiêu');
    expect(row.body_vi).toMatch(/- +Hỗ trợ 100 dự án/);
    expect(row.body_vi).toContain('[Bộ KH&CN](https://most.gov.vn)');
    expect(row.body_vi).not.toContain('javascript:');
    expect(row.body_vi).toMatch(/<table>[\s\S]*2027[\s\S]*<\/table>/);
    const picture = /!\[[^\]]*\]\((\/files\/[0-9a-f]{64}\.png)\)/.exec(row.body_vi)?.[1];
    expect(picture).toBeDefined();
    expect((await t.app.request(picture!)).status).toBe(200);
    const page = await (await editor.get(res.headers.get('location')!)).text();
    expect(page).toContain('Đã nhập tệp Word thành bản nháp.');
    // Words that look like markup stay words: escaped in the Markdown, shown as typed.
    expect(row.body_vi).toContain('\\<script>alert(1)\\</script>');
    expect(renderRichText(row.body_vi)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
  });

  it('refuses what is not a Word file and a Word bomb, creating nothing', async () => {
    const before = await t.database.query(`select count(*)::int as n from content_items`);
    const pdf = await editor.postMultipart(
      '/admin/content/import',
      upload(new TextEncoder().encode('%PDF-1.4 x'), 'a.docx'),
    );
    expect(pdf.status).toBe(422);
    expect(await pdf.text()).toContain('Tệp này không phải tệp Word (.docx).');
    const bomb = await editor.postMultipart(
      '/admin/content/import',
      upload(docxBomb(), 'bomb.docx'),
    );
    expect(bomb.status).toBe(422);
    expect(await bomb.text()).toContain('giải nén ra quá lớn');
    const none = await editor.postMultipart('/admin/content/import', new FormData());
    expect(none.status).toBe(422);
    expect(await t.database.query(`select count(*)::int as n from content_items`)).toEqual(before);
  });
});
