import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../platform/authz';
import { translate, translator } from '../../platform/i18n';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../../../test/support/app';
import { createUser, signIn } from '../../../test/support/actors';
import type { BrowserSession } from '../../../test/support/browser-session';
import { testEngines } from '../../../test/support/db';
import { settleJobs } from '../../../test/support/jobs';
import { OPEN_COLUMNS, STAFF_COLUMNS } from './export/columns';
import { exportParts } from './export/stream';
import { parseCsv } from '../../platform/files/csv';
import { readTable } from './import/read-table';
import { createOrganization } from './services/create-organization';
import { ZDirectoryQuery } from './services/organizations.queries';

const BOM = [0xef, 0xbb, 0xbf];

async function body(res: Response) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe.each(testEngines)('directory export and open data on %s', (engine) => {
  let t: TestApp;
  let staff: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.deps.database.db;
    const audit = { actor: ANONYMOUS, label: 'test' };
    const created = await Promise.all([
      createOrganization(db, audit, {
        kind: 'startup',
        legalName: 'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
        shortName: 'Nông nghiệp Xanh',
        taxCode: '0301442379',
        externalId: 'CT-1',
        provinceCode: 'Cần Thơ',
        address: '12 đường 3/2, Ninh Kiều',
        firstRegisteredOn: '2023-05-01',
        sectors: ['agritech', 'greentech'],
        stage: 'uom_tao',
        phone: '0909 123 456',
        email: 'lienhe@xanh.example.vn',
        website: 'https://xanh.example.vn',
        teamSize: 12,
        capitalRaisedVnd: '2500000000',
        descriptionVi: '=HYPERLINK("http://evil.example","bấm vào")',
        certifications: ['st_enterprise'],
        visibility: { phone: 'members', taxCode: 'staff', firstRegisteredOn: 'staff' },
      }),
      createOrganization(db, audit, {
        kind: 'incubator',
        legalName: 'Vườn ươm Đà Nẵng',
        provinceCode: 'Đà Nẵng',
        phone: '+84 236 3888 999',
        externalId: 'DN-1',
      }),
      createOrganization(db, audit, {
        kind: 'university',
        legalName: 'Đại học Ánh Dương',
        provinceCode: 'Huế',
        externalId: 'HUE-1',
      }),
    ]);
    expect(created.every((c) => c.ok)).toBe(true);
    await createUser(t, { email: 'staff@export.example', roles: ['staff'] });
    staff = await signIn(t, 'staff@export.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('exports a filtered list as CSV that Excel opens in Vietnamese: BOM, headers, every field', async () => {
    const res = await staff.get('/directory/export.csv?kind=startup&page=3');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="innohub-directory-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { bytes, text } = await body(res);
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    const { rows } = parseCsv(text);
    expect(rows[0]!.cells).toEqual(STAFF_COLUMNS.map((c) => c.header(translator('vi'))));
    expect(rows[0]!.cells.slice(0, 4)).toEqual([
      'Tên doanh nghiệp',
      'Tên viết tắt',
      'Mã số thuế',
      'Loại hình',
    ]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0]!.cells.map((h, i) => [h, rows[1]!.cells[i]]));
    expect(row).toMatchObject({
      'Tên doanh nghiệp': 'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
      'Mã số thuế': '0301442379', // restricted fields are in the staff export
      'Điện thoại': '0909 123 456',
      'Loại hình': 'Doanh nghiệp khởi nghiệp',
      'Tỉnh/Thành phố': 'Thành phố Cần Thơ',
      'Ngày đăng ký lần đầu': '01/05/2023',
      'Lĩnh vực': 'Nông nghiệp công nghệ cao; Năng lượng, môi trường',
      'Vốn đã huy động (đồng)': '2500000000',
      'Trạng thái': 'Đang hoạt động',
      // a cell that Excel would run as a formula is kept as text
      'Mô tả': '\'=HYPERLINK("http://evil.example","bấm vào")',
    });

    const all = parseCsv((await body(await staff.get('/directory/export.csv'))).text).rows;
    expect(all.slice(1).map((r) => r.cells[0])).toEqual([
      'Đại học Ánh Dương',
      'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
      'Vườn ươm Đà Nẵng',
    ]);
    const english = await staff.get('/directory/export.csv', {
      cookie: `${staff.cookieHeader}; lang=en`,
    });
    expect(parseCsv((await body(english)).text).rows[0]!.cells.slice(0, 3)).toEqual([
      'Legal name',
      'Short name',
      'Tax code',
    ]);

    const audit = await t.database.query<{ after: { format: string; filters: object } }>(
      `select after from platform_audit_log where action = 'directory.export:run' order by at limit 1`,
    );
    expect(audit[0]!.after).toMatchObject({ format: 'csv', filters: { kind: 'startup' } });
  });

  it('exports XLSX through the streaming writer, and an export imports back unchanged', async () => {
    const res = await staff.get('/directory/export.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const { bytes } = await body(res);
    const read = await readTable(bytes);
    if (!read.ok) throw new Error(read.error.key);
    expect(read.table.headers[0]).toBe('Tên doanh nghiệp');
    expect(read.table.rows.map((r) => r.cells[0])).toEqual([
      'Đại học Ánh Dương',
      'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
      'Vườn ươm Đà Nẵng',
    ]);
    const green = read.table.rows[1]!.cells;
    expect(green[2]).toBe('0301442379'); // text, leading zero kept
    expect(green[6]).toBe('2023-05-01'); // a real date cell
    expect(green[read.table.headers.indexOf('Vốn đã huy động (đồng)')]).toBe('2500000000');

    for (const [name, file] of [
      ['danh-ba.xlsx', bytes],
      ['danh-ba.csv', (await body(await staff.get('/directory/export.csv'))).bytes],
    ] as const) {
      const form = new FormData();
      form.set('file', new File([file as BlobPart], name));
      const uploaded = await t.app.request('/directory/import', {
        method: 'POST',
        body: form,
        headers: { origin: TEST_ORIGIN, cookie: staff.cookieHeader },
      });
      const job = uploaded.headers.get('location')!;
      expect(job, await uploaded.text()).toMatch(/^\/directory\/import\//);
      await staff.post(`${job}/run`);
      await settleJobs(t);
      const html = await (await staff.get(job)).text();
      expect(html, name).toMatch(/Không thay đổi<\/dt><dd>3<\/dd>/);
      expect(html, name).toMatch(/Dòng lỗi<\/dt><dd>0<\/dd>/);
    }
  });

  it('reads long lists part by part in name order, without gaps or repeats', async () => {
    const seen: string[] = [];
    for await (const part of exportParts(
      t.deps.database.db,
      ZDirectoryQuery.parse({}),
      new Date(),
      2,
    )) {
      expect(part.length).toBeLessThanOrEqual(2);
      seen.push(...part.map((r) => r.legalName));
    }
    expect(seen).toEqual([
      'Đại học Ánh Dương',
      'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
      'Vườn ươm Đà Nẵng',
    ]);
  });

  it('open data for everyone: public fields only, a field hidden from the public is blank', async () => {
    const res = await t.app.request('/directory/open-data.csv?province=92');
    expect(res.status).toBe(200);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const { bytes, text } = await body(res);
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    const { rows } = parseCsv(text);
    expect(rows[0]!.cells).toEqual(OPEN_COLUMNS.map((c) => c.key));
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(rows[0]!.cells.map((h, i) => [h, rows[1]!.cells[i]]));
    expect(record).toMatchObject({
      legal_name: 'Công ty CP Khởi nghiệp Nông nghiệp Xanh',
      kind: 'startup',
      province_code: '92',
      sectors: 'agritech;greentech',
      email: 'lienhe@xanh.example.vn', // public
      phone: '', // members only
      tax_code: '', // staff only
      first_registered_on: '',
      innovative_startup: '', // would reveal the hidden date
      status: 'active',
    });
    expect(text).not.toContain('0909 123 456');
    expect(text).not.toContain('0301442379');
    expect(text).not.toContain('CT-1'); // external ids are internal

    const again = await t.app.request('/directory/open-data.csv?province=92', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);

    const json = await t.app.request('/directory/open-data.json');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const data = JSON.parse((await body(json)).text) as {
      count: number;
      licence: string;
      records: Record<string, unknown>[];
    };
    expect(data.count).toBe(3);
    expect(data.licence).toContain('CC BY 4.0');
    expect(data.records).toHaveLength(3);
    const green = data.records.find((r) => r.kind === 'startup')!;
    expect(green).toMatchObject({
      phone: null,
      tax_code: null,
      sectors: ['agritech', 'greentech'],
      team_size: 12,
      verified: false,
      url: `${TEST_ORIGIN}/directory/organizations/${String(green.url).split('/').pop()}`,
    });
    expect(data.records.find((r) => r.kind === 'incubator')).toMatchObject({
      phone: '+84 236 3888 999',
      province_name: 'Thành phố Đà Nẵng',
    });
  });

  it('describes every open-data column in both languages on the open-data page', async () => {
    const res = await t.app.request('/directory/open-data?kind=startup');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const c of OPEN_COLUMNS) {
      expect(html).toContain(`<code>${c.key}</code>`);
      expect(html).toContain(translate('vi', c.meaning));
      expect(html).toContain(translate('en', c.meaning));
    }
    expect(html).toContain('href="/directory/open-data.csv?kind=startup"');
    expect(html).toContain('href="/directory/open-data.json?kind=startup"');
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('Hiện có 1 tổ chức.');
  });

  it('the import page offers the export with the current filters', async () => {
    const html = await (await staff.get('/directory/import?kind=incubator&province=48')).text();
    expect(html).toContain('href="/directory/export.csv?kind=incubator&amp;province=48"');
    expect(html).toContain('href="/directory/export.xlsx?kind=incubator&amp;province=48"');
  });
});
