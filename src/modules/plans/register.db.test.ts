// The register of outgoing documents: numbers per issuing body and calendar year from 01, with a
// leading zero below 10, never given twice even when many documents are issued at the same
// moment (the counter row is locked by each issuing transaction; the unique index is the last
// guard); a transaction that fails gives its number back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { numberOutgoingDocument, type OutgoingDocument } from './index';
import { createAgency } from './testing/fixtures';

const report = (issuedOn: string, issuer = 'SKHCN'): OutgoingDocument => ({
  issuer,
  docType: 'BC',
  title: 'Báo cáo tình hình thực hiện kế hoạch',
  issuedOn,
});

describe.each(testEngines)('the outgoing-document register on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const issue = (doc: OutgoingDocument) =>
    t.deps.database.db.transaction((tx) => numberOutgoingDocument(tx, doc, null));

  it('gives 60 documents issued at once 60 different numbers, 01 to 60', async () => {
    const entries = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        issue(report(`2026-03-${String((i % 28) + 1).padStart(2, '0')}`)),
      ),
    );
    const numbers = entries.map((e) => e.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const symbols = new Set(entries.map((e) => e.symbol));
    expect(symbols.size).toBe(60);
    expect(symbols).toContain('05/BC-SKHCN');
    expect(symbols).toContain('15/BC-SKHCN');
  });

  it('numbers each body on its own and starts again at 01 on 1 January (Vietnam time)', async () => {
    expect((await issue(report('2026-05-05', 'SGDĐT'))).symbol).toBe('01/BC-SGDĐT');
    expect((await issue(report('2027-01-01'))).symbol).toBe('01/BC-SKHCN');
    expect((await issue(report('2026-12-31'))).symbol).toBe('61/BC-SKHCN');
    const letter = await issue({ ...report('2027-01-02', 'SKHCN-VP'), docType: 'CV' });
    expect(letter.symbol).toBe('01/SKHCN-VP');
  });

  it('gives back the number of an issue whose transaction fails, and never a number twice', async () => {
    await expect(
      t.deps.database.db.transaction(async (tx) => {
        await numberOutgoingDocument(tx, report('2027-02-01'), null);
        throw new Error('the document could not be written');
      }),
    ).rejects.toThrow('could not be written');
    expect((await issue(report('2027-02-02'))).symbol).toBe('02/BC-SKHCN');
    await expect(
      t.database.query(
        `insert into plans_register_entries (issuer, year, number, doc_type, symbol, title, issued_on)
         values ('SKHCN', 2027, 2, 'BC', '02/BC-SKHCN', 'x', '2027-02-03')`,
      ),
    ).rejects.toThrow();
  });

  it('lets staff take a number from the register page, and no one else', async () => {
    await createAgency(t, { name: 'Sở Khoa học và Công nghệ', code: 'SKHCN' });
    await createUser(t, { email: 'vt@skhcn.example', roles: ['staff'] });
    await createUser(t, { email: 'an@startup.example' });
    const staff = await signIn(t, 'vt@skhcn.example');
    const member = await signIn(t, 'an@startup.example');
    t.setNow(new Date('2026-08-20T03:00:00Z'));
    const res = await staff.post('/admin/plans/register', {
      issuer: 'SKHCN',
      docType: 'BC',
      title: 'Báo cáo quý III năm 2026',
    });
    expect(res.status).toBe(303);
    const page = await (await staff.get(res.headers.get('location')!)).text();
    expect(page).toContain('Đã cấp số: 62/BC-SKHCN');
    expect(page).toContain('Số: 62/BC-SKHCN');
    const bad = await staff.post('/admin/plans/register', {
      issuer: 'skhcn!',
      docType: 'XX',
      title: '',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Chọn cơ quan ban hành');
    expect(
      (await member.post('/admin/plans/register', { issuer: 'SKHCN', docType: 'BC', title: 'x' }))
        .status,
    ).toBe(404);
  });
});
