import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { CheckboxGroup, FieldGroup, FormField, RadioGroup, SelectField } from './choice-controls';
import { DataTable } from './data-table';
import { ErrorSummary } from './error-summary';
import { formFieldProps } from './field';
import { FilterForm } from './filter-form';
import { Pager } from './pager';
import { FileField, LongTextField, MoneyField, TextField } from './text-controls';

const t = translator('vi');
const en = translator('en');
const render = async (node: unknown) => String(await (node as { toString(): unknown }).toString());
const errors = { email: { key: 'validation.email' as const } };

describe('the web kit', () => {
  it('ties a control to its label, hint, error and the value saved meanwhile', async () => {
    const html = await render(
      <TextField
        t={t}
        name="email"
        label="E-mail"
        hint="Ví dụ: a@b.vn"
        value="x"
        errors={errors}
        current="a@c.vn"
      />,
    );
    expect(html).toContain('<label for="email">E-mail</label>');
    expect(html).toMatch(
      /<input id="email" name="email" type="text" aria-invalid="true" aria-describedby="email-hint email-current email-error" value="x"/,
    );
    expect(html).toContain('<p class="hint" id="email-hint">');
    expect(html).toContain('id="email-current"');
    expect(html).toContain('<p class="error" id="email-error">Địa chỉ e-mail không hợp lệ.</p>');
    expect(html).toContain('class="field has-error"');
  });

  it('never refills a password and gives other controls their own element', async () => {
    expect(
      await render(<TextField t={t} name="p" label="P" type="password" value="secret" />),
    ).not.toContain('secret');
    expect(await render(<LongTextField t={t} name="d" label="D" value="a&b" />)).toContain(
      '<textarea id="d" name="d" rows="5">a&amp;b</textarea>',
    );
    const money = await render(<MoneyField t={en} name="m" label="M" />);
    expect(money).toContain('inputmode="numeric"');
    expect(money).toContain('An amount in đồng');
    expect(await render(<FileField t={t} name="f" label="F" accept=".pdf" />)).toMatch(
      /<input id="f" name="f" type="file" accept=".pdf"/,
    );
    const select = await render(
      <SelectField
        t={t}
        name="s"
        id="s-2"
        label="S"
        empty="—"
        value="b"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
      />,
    );
    expect(select).toContain('<label for="s-2">S</label>');
    expect(select).toContain('<option value="">—</option>');
    expect(select).toContain('<option value="b" selected="">B</option>');
  });

  it('puts radio and checkbox groups in a fieldset whose legend names them', async () => {
    const group = await render(
      <CheckboxGroup
        t={t}
        name="roles"
        legend="Vai trò"
        values={['b']}
        errors={{ roles: { key: 'validation.choice' } }}
        options={[
          { value: 'a', label: 'A', hint: 'Về A' },
          { value: 'b', label: 'B' },
        ]}
      />,
    );
    expect(group).toMatch(
      /<fieldset id="roles"[^>]*aria-describedby="roles-error"><legend>Vai trò<\/legend>/,
    );
    expect(group).toContain('aria-describedby="roles-a-hint"');
    expect(group).toContain('<input type="checkbox" name="roles" value="b" checked=""');
    const radios = await render(
      <RadioGroup t={t} name="k" legend="K" value="x" options={[{ value: 'x', label: 'X' }]} />,
    );
    expect(radios).toContain('<input type="radio" name="k" value="x" checked=""');
  });

  it('lists several messages at once and anchors the whole field when asked', async () => {
    const html = await render(
      <TextField
        t={t}
        name="a.q1"
        label="Q"
        anchor="q-q1"
        messages={[{ key: 'validation.required' }, { key: 'validation.invalid' }]}
      />,
    );
    expect(html).toContain('<div class="field has-error" id="q-q1">');
    expect(html).toContain('aria-describedby="a.q1-error"');
    expect(html).toContain(
      '<ul class="error" id="a.q1-error"><li>Vui lòng nhập trường này.</li><li>Giá trị không hợp lệ.</li></ul>',
    );
    const group = await render(
      <FieldGroup t={t} name="files" legend="Tệp" hint="PDF">
        <input type="file" name="files" />
      </FieldGroup>,
    );
    expect(group).toMatch(
      /<fieldset id="files"[^>]*aria-describedby="files-hint"><legend>Tệp<\/legend>/,
    );
    const long = await render(<FormField t={t} name="n" label="N" rows={3} />);
    expect(long).toContain('<textarea id="n" name="n" rows="3">');
    const select = await render(
      <FormField t={t} name="k" label="K" options={[{ value: 'a', label: 'A' }]} />,
    );
    expect(select).toContain('<select id="k" name="k">');
  });

  it("fills a listed form's fields from its state by name: value, error, what was saved meanwhile", async () => {
    const field = formFieldProps(t, {
      values: { email: 'x', note: 'n' },
      errors,
      current: { email: 'a@c.vn' },
    });
    const email = await render(<TextField {...field('email')} label="E-mail" />);
    expect(email).toContain('value="x"');
    expect(email).toContain('<p class="error" id="email-error">Địa chỉ e-mail không hợp lệ.</p>');
    expect(email).toMatch(/id="email-current"><strong>[^<]+<\/strong> a@c.vn<\/p>/);
    const note = await render(<TextField {...field('note')} label="Ghi chú" />);
    expect(note).toContain('<input id="note" name="note" type="text" value="n"');
    expect(note).not.toContain('note-current');
    expect(note).not.toContain('class="error"');
    expect(await render(<TextField {...formFieldProps(t, {})('a')} label="A" />)).toContain(
      '<input id="a" name="a" type="text"/>',
    );
  });

  it('links each error of the summary to its field', async () => {
    const html = await render(
      <ErrorSummary t={t} errors={{ ...errors, _: { key: 'validation.invalid' } }} />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('<a href="#email">Địa chỉ e-mail không hợp lệ.</a>');
    expect(html).toContain('<li>Giá trị không hợp lệ.</li>');
  });

  it('pages in a named navigation that marks the current page', async () => {
    const href = (p: number) => `/x?q=a&page=${p}`;
    const html = await render(
      <Pager t={t} locale="vi" page={5} pages={12} total={1200} href={href} />,
    );
    expect(html).toContain('<nav aria-label="Phân trang"');
    expect(html).toContain('Trang 5/12 · 1.200 kết quả');
    expect(html).toContain('rel="prev" href="/x?q=a&amp;page=4"');
    expect(html).toContain('rel="next" href="/x?q=a&amp;page=6"');
    expect(html).toMatch(/href="\/x\?q=a&amp;page=5" aria-label="Trang 5" aria-current="page"/);
    expect(html).toContain('aria-label="Trang 12"');
    expect(html).not.toContain('aria-label="Trang 9"');
    expect(await render(<Pager t={t} locale="vi" page={1} pages={1} href={href} />)).toBe('');
    const uncounted = await render(<Pager t={en} locale="en" page={2} hasNext href={href} />);
    expect(uncounted).toContain('Page 2');
    expect(uncounted).toContain('rel="next"');
  });

  it('sorts by column headers that are links keeping the query, with aria-sort', async () => {
    const html = await render(
      <DataTable
        rows={[{ name: 'An', n: 2 }]}
        columns={[
          { key: 'name', label: 'Tên', isSortable: true, cell: (r) => r.name, isRowHeader: true },
          { key: 'n', label: 'Số', isSortable: true, firstDirection: 'desc', cell: (r) => r.n },
          { key: 'note', label: 'Ghi chú', cell: () => '—' },
        ]}
        sort={{ by: 'name', direction: 'asc', href: (by, dir) => `/l?q=x&sort=${by}&dir=${dir}` }}
      />,
    );
    expect(html).toContain(
      '<th scope="col" aria-sort="ascending"><a href="/l?q=x&amp;sort=name&amp;dir=desc">Tên',
    );
    expect(html).toContain('<th scope="col"><a href="/l?q=x&amp;sort=n&amp;dir=desc">Số</a></th>');
    expect(html).toContain('<th scope="col">Ghi chú</th>');
    expect(html).toContain('<th scope="row">An</th><td>2</td>');
  });

  it('filters with a GET search form that offers to clear once filtered', async () => {
    const html = await render(
      <FilterForm t={t} action="/admin/audit" title="Bộ lọc" isFiltered>
        <span />
      </FilterForm>,
    );
    expect(html).toContain(
      '<form method="get" action="/admin/audit" role="search" aria-labelledby="filters"',
    );
    expect(html).toContain('<a href="/admin/audit">Xoá bộ lọc</a>');
  });
});
