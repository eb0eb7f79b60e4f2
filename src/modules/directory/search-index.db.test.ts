import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../platform/authz';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { updateOrganization } from './db/organizations.repository';
import { createOrganization } from './services/create-organization';
import { findOrganizations, ZDirectoryQuery } from './services/organizations.queries';

describe.each(testEngines)('the search index on %s', (engine) => {
  let t: TestApp;
  const today = new Date('2026-11-21T03:00:00Z');
  const asOf = (now: Date) => ({ database: t.deps.database, clock: () => now });
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  const names = async (q: string) =>
    (
      await findOrganizations(asOf(today), { actor: ANONYMOUS }, ZDirectoryQuery.parse({ q }))
    ).rows.map((r) => r.legalName);
  const create = (db: typeof t.deps.database.db, legalName: string) =>
    createOrganization(db, { actor: ANONYMOUS, label: 'test' }, { kind: 'startup', legalName });

  it('sees a write made through another handle on the database, as another process would', async () => {
    expect(await names('hoa sen')).toEqual([]); // the index is built now
    // A transaction is a handle of its own: the index of the app's handle learns of the write
    // only from the change table.
    await t.deps.database.db.transaction(async (tx) => {
      const res = await create(tx as typeof t.deps.database.db, 'Công ty CP Hoa Sen Số');
      expect(res.ok).toBe(true);
    });
    expect(await names('hoa sen')).toEqual(['Công ty CP Hoa Sen Số']);
  });

  it('drops an archived organisation and finds a renamed one under its new name only', async () => {
    const res = await create(t.deps.database.db, 'Công ty TNHH Gốm Bát Tràng');
    if (!res.ok) throw new Error('not created');
    expect(await names('bat trang')).toEqual(['Công ty TNHH Gốm Bát Tràng']);
    const renamed = await updateOrganization(t.deps.database.db, res.organization.id, 1, {
      legalName: 'Công ty TNHH Gốm Chu Đậu',
      nameSearch: 'cong ty tnhh gom chu dau',
      sortKey: 'gom chu dau',
    });
    expect(renamed).toBeDefined();
    expect(await names('bat trang')).toEqual([]);
    expect(await names('chu dau')).toEqual(['Công ty TNHH Gốm Chu Đậu']);
    await updateOrganization(t.deps.database.db, res.organization.id, 2, {
      archivedAt: new Date(),
    });
    expect(await names('chu dau')).toEqual([]);
  });

  it('shows the current values of a listed organisation edited after its row was kept in memory', async () => {
    const res = await create(t.deps.database.db, 'Công ty CP Sen Vàng');
    if (!res.ok) throw new Error('not created');
    const shown = async () =>
      (
        await findOrganizations(
          asOf(today),
          { actor: ANONYMOUS },
          ZDirectoryQuery.parse({ q: 'sen vang' }),
        )
      ).rows.map((r) => [r.legalName, r.descriptionVi]);
    expect(await shown()).toEqual([['Công ty CP Sen Vàng', null]]);
    expect(await shown()).toEqual([['Công ty CP Sen Vàng', null]]); // served from memory now
    // edited through another handle: only the change table tells the app's handle
    await t.deps.database.db.transaction(async (tx) => {
      const edited = await updateOrganization(
        tx as typeof t.deps.database.db,
        res.organization.id,
        1,
        {
          descriptionVi: 'Nông sản sạch',
        },
      );
      expect(edited).toBeDefined();
    });
    expect(await shown()).toEqual([['Công ty CP Sen Vàng', 'Nông sản sạch']]);
  });

  it('answers searches that run at the same time as writes, each seeing what committed before it', async () => {
    const writes = ['Mộc Lan', 'Trúc Xanh', 'Đào Tiên'].map((n) =>
      create(t.deps.database.db, `Công ty CP ${n}`),
    );
    const during = Array.from({ length: 6 }, () => names('cong ty cp'));
    await Promise.all([...writes, ...during]);
    const after = await names('moc lan');
    expect(after).toEqual(['Công ty CP Mộc Lan']);
    expect(await names('truc xanh')).toEqual(['Công ty CP Trúc Xanh']);
    expect(await names('dao tien')).toEqual(['Công ty CP Đào Tiên']);
  });
});
