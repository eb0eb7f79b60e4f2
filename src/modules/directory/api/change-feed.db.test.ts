import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn } from '../../../../test/support/actors';
import { createTestApp, type TestApp } from '../../../../test/support/app';
import { testEngines } from '../../../../test/support/db';
import { ANONYMOUS } from '../../../platform/authz';
import { updateOrganization as updateRow } from '../db/organizations.repository';
import { createOrganization } from '../services/create-organization';
import { updateOrganization } from '../services/update-organization';

type Json = Record<string, unknown>;
interface Change {
  seq: number;
  type: string;
  id: string;
  op: 'upsert' | 'delete';
  at: string;
  record: Json | null;
}
interface ChangePage {
  items: Change[];
  next: string;
  hasMore: boolean;
}

/** Values that must never leave the instance through the public feed. */
const SECRETS = ['0912 000 111', '0301442379', 'an-ninh@noi-bo.vn', '987654321'];

describe.each(testEngines)('the change feed on %s', (engine) => {
  let t: TestApp;
  const audit = { actor: ANONYMOUS, label: 'test' };
  const ids: Record<string, string> = {};
  const pages: string[] = [];

  async function create(name: string, extra: Json = {}) {
    const r = await createOrganization(t.deps.database.db, audit, {
      kind: 'startup',
      legalName: name,
      provinceCode: 'Đà Nẵng',
      ...extra,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    ids[name] = r.organization.id;
    return r.organization;
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    await create('Công ty Một');
    await create('Công ty Hai', {
      phone: '0912 000 111',
      taxCode: '0301442379',
      email: 'an-ninh@noi-bo.vn',
      capitalRaisedVnd: 987654321,
      visibility: { phone: 'members', taxCode: 'staff', email: 'staff', capitalRaisedVnd: 'staff' },
    });
    await create('Công ty Ba');
    await create('Công ty Bốn');
  });
  afterAll(() => t.close());

  /** Follows the feed from a cursor to its end, applying each item to a copy. */
  async function follow(copy: Map<string, Json>, since: string, limit: number) {
    let cursor = since;
    for (let i = 0; i < 100; i++) {
      const res = await t.app.request(`/api/v1/changes?since=${cursor}&limit=${limit}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      pages.push(text);
      const page = JSON.parse(text) as ChangePage;
      let last = Number(cursor);
      for (const item of page.items) {
        expect(item.seq).toBeGreaterThan(last);
        last = item.seq;
        if (item.op === 'upsert') copy.set(item.id, item.record!);
        else copy.delete(item.id);
      }
      cursor = page.next;
      if (!page.hasMore) return cursor;
    }
    throw new Error('the feed did not end');
  }

  /** What a visitor sees through the list API: the public state. */
  async function publicState() {
    const res = await t.app.request('/api/v1/directory/organizations?limit=100');
    const { items } = (await res.json()) as { items: Json[] };
    return new Map(items.map((o) => [o.id as string, o]));
  }

  it('reproduces the public state when followed from 0, and keeps it when followed on', async () => {
    const copy = new Map<string, Json>();
    const cursor = await follow(copy, '0', 2);
    expect(copy).toEqual(await publicState());
    expect(copy.size).toBe(4);

    // Edits, an archive and a merge: the follower converges again from its stored cursor.
    const db = t.deps.database.db;
    const one = await updateOrganization(db, audit, ids['Công ty Một']!, 1, {
      kind: 'sme',
      legalName: 'Công ty Một Đổi Tên',
      provinceCode: 'Huế',
    });
    expect(one.ok).toBe(true);
    await updateRow(db, ids['Công ty Ba']!, 1, { archivedAt: new Date() });
    await updateRow(db, ids['Công ty Bốn']!, 1, { mergedInto: ids['Công ty Một'] });
    await create('Công ty Năm');
    const next = await follow(copy, cursor, 2);
    expect(Number(next)).toBeGreaterThan(Number(cursor));
    const state = await publicState();
    expect(copy).toEqual(state);
    expect([...copy.values()].map((o) => o.legalName).sort()).toEqual([
      'Công ty Hai',
      'Công ty Một Đổi Tên',
      'Công ty Năm',
    ]);

    // And from 0 again: each record once, at its latest change.
    const fresh = new Map<string, Json>();
    await follow(fresh, '0', 100);
    expect(fresh).toEqual(state);
    const all = JSON.parse(pages.at(-1)!) as ChangePage;
    expect(all.items.map((i) => i.id).sort()).toEqual(Object.values(ids).sort());
    expect(all.items.find((i) => i.id === ids['Công ty Ba'])).toMatchObject({
      op: 'delete',
      record: null,
    });
    expect(all.items.find((i) => i.id === ids['Công ty Bốn'])).toMatchObject({
      op: 'delete',
      record: null,
    });
    expect(all.items.every((i) => i.type === 'organization')).toBe(true);
  });

  it('never carries a restricted field', async () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) for (const secret of SECRETS) expect(text).not.toContain(secret);
    const page = JSON.parse(pages.at(-1)!) as ChangePage;
    const hai = page.items.find((i) => i.id === ids['Công ty Hai'])!;
    expect(hai.record).toMatchObject({
      phone: null,
      taxCode: null,
      email: null,
      capitalRaisedVnd: null,
      visibility: { phone: 'members' },
    });
  });

  it('is the public view whoever asks, staff included', async () => {
    const visitor = await (await t.app.request('/api/v1/changes?since=0&limit=1000')).text();
    await createUser(t, { email: 'staff@feed.example', roles: ['staff'] });
    const staff = await signIn(t, 'staff@feed.example');
    const asStaff = await staff.get('/api/v1/changes?since=0&limit=1000');
    expect(asStaff.status).toBe(200);
    expect(await asStaff.text()).toBe(visitor);
  });

  it('answers an invalid cursor with 422 in the caller’s language', async () => {
    const vi = await t.app.request('/api/v1/changes?since=abc');
    expect(vi.status).toBe(422);
    expect(await vi.json()).toMatchObject({
      errors: [{ field: 'since', message: expect.stringContaining('số nguyên') }],
    });
    const en = await t.app.request('/api/v1/changes?since=-1', {
      headers: { 'accept-language': 'en' },
    });
    expect(await en.json()).toMatchObject({
      errors: [{ field: 'since', message: expect.stringContaining('non-negative integer') }],
    });
    expect((await t.app.request('/api/v1/changes?limit=5000')).status).toBe(422);
  });

  it.runIf(engine === 'postgres')(
    'waits for a write still in flight, so that a lower seq committed late is not skipped',
    async () => {
      const tail = (await (
        await t.app.request('/api/v1/changes?since=0&limit=1000')
      ).json()) as ChangePage;
      const writer = new pg.Client({ connectionString: t.database.url });
      await writer.connect();
      try {
        await writer.query('begin');
        const [late] = (
          await writer.query<{ id: string }>(
            `insert into directory_organizations (slug, kind, legal_name, name_search, sort_key)
             values ('cham-tre', 'startup', 'Công ty Chậm Trễ', 'cong ty cham tre', 'cham tre') returning id`,
          )
        ).rows;
        await writer.query(
          `insert into directory_changes (entity_type, entity_id, op) values ('organization', $1, 'upsert')`,
          [late!.id],
        );
        // A later change commits first.
        const quick = await create('Công ty Nhanh');
        const reading = t.app.request(`/api/v1/changes?since=${tail.next}`);
        // Until the reader queues behind the writer (bounded: without the lock it never does).
        for (let polls = 0; polls < 500; polls++) {
          const rows = await t.database.query(
            `select 1 from pg_locks where not granted and relation = 'directory_changes'::regclass`,
          );
          if (rows.length > 0) break;
        }
        await writer.query('commit');
        const page = (await (await reading).json()) as ChangePage;
        expect(page.items.map((i) => i.id)).toEqual([late!.id, quick.id]);
      } finally {
        await writer.end();
      }
    },
  );

  it('answers past the end with an empty page and the same cursor', async () => {
    const res = await t.app.request('/api/v1/changes?since=999999');
    expect(await res.json()).toEqual({ items: [], next: '999999', hasMore: false });
  });
});
