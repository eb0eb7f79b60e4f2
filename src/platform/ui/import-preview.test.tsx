import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { ImportPreview, ImportUploadForm } from './import-preview';

const t = translator('vi');
const render = async (node: unknown) => String(await (node as { toString(): unknown }).toString());

interface Row {
  line: number;
  name: string;
}
const rows: Row[] = [
  { line: 2, name: 'Công ty A' },
  { line: 3, name: '' },
];
const columns = [
  { key: 'line', label: 'Dòng', cell: (r: Row) => String(r.line) },
  { key: 'name', label: 'Tên', isRowHeader: true, cell: (r: Row) => r.name },
];
const another = { href: '/x/import', label: 'Nhập tệp khác' };

describe('the import steps of the web kit', () => {
  it('uploads one spreadsheet to be previewed, with its error tied to the file input', async () => {
    const html = await render(
      <ImportUploadForm
        t={t}
        action="/x/import"
        howTo="Mỗi dòng một khách."
        label="Tệp"
        hint="CSV hoặc XLSX"
        accepts="xlsx"
        submit="Xem trước"
        errors={{ file: { key: 'validation.email' } }}
      />,
    );
    expect(html).toContain('<p>Mỗi dòng một khách.</p>');
    expect(html).toContain(
      '<form method="post" action="/x/import" enctype="multipart/form-data" class="stack">',
    );
    expect(html).toMatch(
      /<input id="file" name="file" type="file" required="" aria-invalid="true"/,
    );
    expect(html).toContain(
      'accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"',
    );
    expect(html).toContain('<button type="submit">Xem trước</button>');
  });

  it('lists each problem with its row and column, and offers no import while any remains', async () => {
    const html = await render(
      <ImportPreview
        t={t}
        notice={{ kind: 'error', text: 'Hãy sửa tệp trước.' }}
        problems={{
          heading: '1 lỗi',
          rows: [{ line: 3, column: 'name', message: { key: 'validation.email' } }],
          columnLabel: (column) => (column === 'name' ? 'Tên' : column),
        }}
        label="Xem trước"
        columns={columns}
        rows={rows}
        another={another}
      />,
    );
    expect(html).toContain('<div class="alert error" role="alert">Hãy sửa tệp trước.</div>');
    expect(html).toContain('<h2 id="problems-heading">1 lỗi</h2>');
    expect(html).toContain('<li>Dòng 3, cột Tên: Địa chỉ e-mail không hợp lệ.</li>');
    expect(html).toContain('<th scope="row">Công ty A</th>');
    expect(html).not.toContain('<form');
    expect(html).toContain('<a href="/x/import">Nhập tệp khác</a>');
  });

  it('imports with what the step needs back and the choices made with it', async () => {
    const html = await render(
      <ImportPreview
        t={t}
        notice={{ kind: 'info', text: '2 dòng sẵn sàng.' }}
        label="Xem trước"
        columns={columns}
        rows={rows}
        confirm={{
          action: '/x/import/confirm',
          label: 'Nhập 2 dòng',
          hidden: { file: 'abc', key: 'k1' },
          options: <input type="checkbox" name="sendTickets" value="yes" />,
        }}
        another={another}
      />,
    );
    expect(html).toContain('<div class="alert info" role="status">2 dòng sẵn sàng.</div>');
    expect(html).not.toContain('problems-heading');
    expect(html).toContain(
      '<form method="post" action="/x/import/confirm" class="stack"><input type="hidden" name="file" value="abc"/><input type="hidden" name="key" value="k1"/><input type="checkbox" name="sendTickets" value="yes"/><button type="submit">Nhập 2 dòng</button></form>',
    );
  });
});
