// Issue 14, item 10: confidential fields and documents never reach anyone outside the parties.
// Every route of the marketplace — taken from the app's router, so a new route is walked (or
// fails here until it is placed in SCOPES) — is requested as each kind of viewer: a GET, and a
// harmless empty POST. No answer is a 5xx; no answer carries a marker its viewer may not read;
// the routes of one listing, introduction or portfolio are refused to those outside it; files
// reach only those who may download them; the JSON API and the change feed carry no confidential
// field for anyone.
import { Hono } from 'hono';
import { OpenAPIHono } from '@hono/zod-openapi';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, NO_RATE_LIMITS, type TestApp } from '../../../test/support/app';
import { testEngines } from '../../../test/support/db';
import { Api } from '../../platform/http/api';
import { Router, type RouteSpec } from '../../platform/http/router';
import { marketplaceModule } from './manifest';
import {
  buildWorld,
  FILES,
  MARKERS,
  OFFER_INTRO,
  PORTFOLIO,
  ROLES,
  type Role,
  type World,
} from './testing/access-world';

const START = new Date('2027-03-02T02:00:00Z');
const OFFER_SIDE: Role[] = ['offerOwner', 'tto', 'broker'];
const NEED_SIDE: Role[] = ['needOwner', 'broker'];

/**
 * Who may use a route, first match wins: 'public', any signed-in account, or the roles of the
 * one record the path names. A marketplace route matching none fails the walk.
 */
const SCOPES: [RegExp, 'public' | 'signedIn' | Role[]][] = [
  [/^\/api\/v1\/marketplace\//, 'public'],
  [/^\/admin\/marketplace/, ['broker']],
  [/^\/marketplace(\/needs|\/numbers)?$/, 'public'],
  [/^\/marketplace\/(offers|needs)\/:id$/, 'public'],
  [/^\/marketplace\/universities\/:slug$/, 'public'],
  [/^\/marketplace\/searches\/unsubscribe\/:token$/, 'public'],
  [/^\/marketplace\/(offers|needs|introductions)\/new$/, 'signedIn'],
  [/^\/marketplace\/(offers|needs)\/:id\/nda$/, 'signedIn'],
  [/^\/marketplace\/needs\/:id\/access$/, 'signedIn'],
  [/^\/marketplace\/(mine|searches|portfolio)$/, 'signedIn'],
  [/^\/marketplace\/offers\/:id\/views$/, ['offerOwner', 'tto']],
  [/^\/marketplace\/needs\/:id\/views$/, ['needOwner']],
  [/^\/marketplace\/offers\/:id\/documents\/:documentId$/, OFFER_INTRO],
  [/^\/marketplace\/needs\/:id\/documents\/:documentId$/, ['party', 'broker', 'needOwner']],
  [/^\/marketplace\/needs\/:id\/access\/:requestId$/, ['needOwner']],
  [/^\/marketplace\/offers\/:id\//, OFFER_SIDE],
  [/^\/marketplace\/needs\/:id\//, NEED_SIDE],
  [/^\/marketplace\/introductions\/:id/, OFFER_INTRO],
  [/^\/marketplace\/searches\/:id/, []],
  [/^\/marketplace\/(portfolio\/:slug|ip-assets\/:id)/, PORTFOLIO],
];

/** Routes whose GET answers a file: its bytes go to those the route's scope names only. */
const DOWNLOADS: [RegExp, Uint8Array | undefined][] = [
  [/\/offers\/:id\/documents\/:documentId$/, FILES.offerDocument],
  [/\/needs\/:id\/documents\/:documentId$/, FILES.needDocument],
  [/\/messages\/:messageId\/file$/, FILES.attachment],
  [/\/deal\/file$/, FILES.contract],
  [/\/deal\/registration\.(docx|pdf)$/, undefined],
];

/** Those outside every record of the world: their empty posts must change nothing. */
const OUTSIDERS: Role[] = ['anonymous', 'outsider', 'ndaViewer'];

/** Every marketplace table's rows as text but the log of views (reading writes it). */
async function marketplaceState(t: TestApp): Promise<Record<string, Set<string>>> {
  const tables = await t.database.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_name like 'marketplace%'
        and table_name <> 'marketplace_listing_views' order by 1`,
  );
  const state: Record<string, Set<string>> = {};
  for (const { name } of tables) {
    const rows = await t.database.query<{ row: string }>(`select x::text as row from ${name} x`);
    state[name] = new Set(rows.map((r) => r.row));
  }
  return state;
}

const scopeOf = (path: string) => SCOPES.find(([re]) => re.test(path))?.[1];

function mayUse(scope: NonNullable<ReturnType<typeof scopeOf>>, role: Role) {
  if (scope === 'public') return true;
  if (scope === 'signedIn') return role !== 'anonymous';
  return scope.includes(role);
}

/** The routes the marketplace registers, as its manifest registers them (pages and API). */
function moduleRoutes(): Set<string> {
  const router = new Router(new Hono() as never);
  marketplaceModule.register!(router, {} as never);
  marketplaceModule.registerApi!(new Api(new OpenAPIHono() as never, router), {} as never);
  return new Set(router.routes.map((r) => `${r.method} ${r.path}`));
}

function concretePath(path: string, ids: World['ids'], token: string): string {
  const fill: [RegExp, string][] = [
    [/\/offers\/:id$/, ids.offer],
    [/\/needs\/:id$/, ids.need],
    [/\/introductions\/:id$/, ids.intro],
    [/\/searches\/:id$/, ids.search],
    [/\/searches\/unsubscribe\/:token$/, token],
    [/\/ip-assets\/:id$/, ids.asset],
    [/\/offers\/[^/]+\/documents\/:documentId$/, ids.offerDocument],
    [/\/needs\/[^/]+\/documents\/:documentId$/, ids.needDocument],
    [/\/access\/:requestId$/, ids.accessRequest],
    [/\/messages\/:messageId$/, ids.message],
    [/\/(portfolio|universities)\/:slug$/, ids.university],
    [/\/fees\/:(feeId|recordId)$/, ids.fee],
    [/\/licences\/:recordId$/, ids.licence],
    [/\/revenues\/:recordId$/, ids.revenue],
    // The world's offer has no image: removing an unknown one changes nothing.
    [/\/images\/:imageId$/, randomUUID()],
    // No import is under way: an unknown one must be refused as any other.
    [/\/import\/:importId$/, randomUUID()],
  ];
  let out = path;
  for (const m of path.matchAll(/:\w+/g)) {
    const prefix = path.slice(0, m.index + m[0].length);
    const value = fill.find(([re]) => re.test(prefix))?.[1];
    if (!value) throw new Error(`no fixture id for ${m[0]} in ${path}`);
    out = out.replace(m[0], value);
  }
  return out;
}

interface Answer {
  status: number;
  location: string;
  bytes: Uint8Array;
  text: string;
}

const refusedTo = (role: Role, a: Answer) =>
  role === 'anonymous'
    ? a.status === 401 || (a.status === 302 && a.location.startsWith('/login?next='))
    : a.status === 403 || a.status === 404;

describe.each(testEngines)('every marketplace route as every viewer on %s', (engine) => {
  let t: TestApp;
  let world: World;
  let routes: RouteSpec[];
  let token: string;
  let stateBefore: Record<string, Set<string>>;
  let stateAfterOutsiders: Record<string, Set<string>>;
  const answers = new Map<string, Answer>();
  const key = (method: string, path: string, role: Role) => `${method} ${path} ${role}`;

  async function request(route: RouteSpec, role: Role): Promise<Answer> {
    const path = concretePath(route.path, world.ids, token);
    const as = world.as[role];
    const res =
      route.method === 'GET'
        ? await as.get(path)
        : await as.send(route.method, path, route.kind === 'api' ? '{}' : '', {
            'content-type':
              route.kind === 'api' ? 'application/json' : 'application/x-www-form-urlencoded',
          });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    return { status: res.status, location: res.headers.get('location') ?? '', bytes, text };
  }

  /** Reads: every GET; writes: every other method, sent empty. */
  async function walk(reads: boolean, role: Role) {
    for (const route of routes.filter((r) => (r.method === 'GET') === reads))
      answers.set(key(route.method, route.path, role), await request(route, role));
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.deps.rateLimiter = NO_RATE_LIMITS;
    t.setNow(START);
    world = await buildWorld(t);
    // The change feed shows changes 10 seconds after they are made.
    t.setNow(new Date(START.getTime() + 60_000));
    // A forged link: it must stop nothing and show nothing.
    token = `${randomUUID()}.forged`;
    const ours = moduleRoutes();
    routes = t.router.routes.filter(
      (r) => ours.has(`${r.method} ${r.path}`) || r.path.includes('/marketplace'),
    );
    // GETs first, then the writes, least entitled viewer first.
    for (const role of ROLES) await walk(true, role);
    stateBefore = await marketplaceState(t);
    for (const role of OUTSIDERS) await walk(false, role);
    stateAfterOutsiders = await marketplaceState(t);
    for (const role of ROLES.filter((r) => !OUTSIDERS.includes(r))) await walk(false, role);
  }, 120_000);
  afterAll(() => t.close());

  it('walks every route the marketplace registers, each placed in a scope', () => {
    const walked = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect([...moduleRoutes()].filter((r) => !walked.has(r))).toEqual([]);
    expect(routes.filter((r) => !scopeOf(r.path)).map((r) => r.path)).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(77);
  });

  it('never fails with a server error', () => {
    const failures = [...answers]
      .filter(([, a]) => a.status >= 500)
      .map(([k, a]) => `${k}: ${a.status}`);
    expect(failures).toEqual([]);
  });

  it('never sends a marker to a viewer who may not read it', () => {
    const leaks: string[] = [];
    for (const [k, a] of answers) {
      const role = k.split(' ').at(-1) as Role;
      for (const [marker, readers] of Object.entries(MARKERS))
        if (!readers.includes(role) && a.text.includes(marker)) leaks.push(`${k}: ${marker}`);
    }
    expect(leaks).toEqual([]);
  });

  it('refuses the routes of a listing, introduction or portfolio to those outside it', () => {
    const wrong: string[] = [];
    for (const route of routes)
      for (const role of ROLES) {
        const a = answers.get(key(route.method, route.path, role))!;
        const scope = scopeOf(route.path)!;
        const allowed = mayUse(scope, role);
        if (!allowed && !refusedTo(role, a))
          wrong.push(`${route.method} ${route.path} ${role}: ${a.status}`);
        if (allowed && (a.status === 401 || a.status === 403))
          wrong.push(`${route.method} ${route.path} ${role}: refused ${a.status}`);
        if (allowed && route.method === 'GET' && Array.isArray(scope) && a.status !== 200)
          wrong.push(`${route.method} ${route.path} ${role}: ${a.status}, expected 200`);
      }
    expect(wrong).toEqual([]);
  });

  it('answers a post without its step or decision with 422 to those who decide, 404 to others', () => {
    const status = (path: string, role: Role) => answers.get(key('POST', path, role))!.status;
    const step = '/marketplace/offers/:id/step';
    const decide = '/marketplace/needs/:id/access/:requestId';
    expect(OFFER_SIDE.map((r) => status(step, r))).toEqual([422, 422, 422]);
    expect(status(decide, 'needOwner')).toBe(422);
    for (const role of ['outsider', 'ndaViewer', 'party', 'needOwner'] as const)
      expect(status(step, role), role).toBe(404);
    for (const role of ['outsider', 'party', 'broker', 'tto'] as const)
      expect(status(decide, role), role).toBe(404);
  });

  it('gives each file’s bytes to those who may download it, to no one else', () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.method === 'GET'))
      for (const [re, bytes] of DOWNLOADS.filter(([re]) => re.test(route.path)))
        for (const role of ROLES) {
          const a = answers.get(key('GET', route.path, role))!;
          const allowed = mayUse(scopeOf(route.path)!, role);
          if (allowed && bytes && Buffer.compare(Buffer.from(a.bytes), Buffer.from(bytes)) !== 0)
            wrong.push(`${route.path} ${role}: not the file (${a.status})`);
          if (!allowed && a.status === 200) wrong.push(`${route.path} ${role}: 200 (${re})`);
        }
    expect(wrong).toEqual([]);
    expect(routes.filter((r) => DOWNLOADS.some(([re]) => re.test(r.path)))).toHaveLength(6);
  });

  it('shows each listing’s and record’s markers to those who may read them', () => {
    const pages: [string, RegExp][] = [
      ['/marketplace/offers/:id', /^MKOF(?!DOCBYTES)|^Mkof|^mkof|^987\./],
      ['/marketplace/needs/:id', /^MKND(PROBLEM|CURRENT|CONSTRAINTS|DOCNAME)|^123\.456/],
      ['/marketplace/introductions/:id', /^MK(INTROMSG|THREADBODY|THREADFILE|DEAL-)/],
      ['/marketplace/ip-assets/:id', /^MKIP(TITLE|FEE|LICENSEE)/],
      ['/marketplace/offers/:id/views', /^Mkviewername/],
    ];
    const wrong: string[] = [];
    for (const [path, markers] of pages)
      for (const [marker, readers] of Object.entries(MARKERS).filter(([m]) => markers.test(m)))
        for (const role of readers.filter((r) => mayUse(scopeOf(path)!, r)))
          if (!answers.get(key('GET', path, role))!.text.includes(marker))
            wrong.push(`${path} ${role}: no ${marker}`);
    expect(wrong).toEqual([]);
  });

  it('keeps the JSON API and the change feed to public fields, whoever asks', () => {
    const api = routes.filter((r) => r.kind === 'api');
    expect(api.map((r) => r.path).sort()).toEqual([
      '/api/v1/marketplace/changes',
      '/api/v1/marketplace/needs',
      '/api/v1/marketplace/offers',
    ]);
    for (const route of api)
      for (const role of ROLES) {
        const a = answers.get(key('GET', route.path, role))!;
        expect(a.status).toBe(200);
        const found = Object.keys(MARKERS).filter((m) => a.text.includes(m));
        expect(found, `${route.path} as ${role}`).toEqual([]);
      }
    const feed = answers.get(key('GET', '/api/v1/marketplace/changes', 'offerOwner'))!.text;
    expect(feed).toContain(world.ids.offer);
    expect(feed).toContain(world.ids.need);
  });

  it('changes nothing of anyone else’s when those outside post to any route', () => {
    expect(Object.keys(stateBefore).length).toBeGreaterThan(10);
    const changed: string[] = [];
    const added: string[] = [];
    for (const [table, before] of Object.entries(stateBefore)) {
      const after = stateAfterOutsiders[table]!;
      changed.push(...[...before].filter((row) => !after.has(row)).map((r) => `${table}: ${r}`));
      added.push(...[...after].filter((row) => !before.has(row)).map((r) => `${table}: ${r}`));
    }
    expect(changed).toEqual([]);
    // What an empty form may add is the poster's own: a search of everything, a bare request to
    // read the need.
    const own = OUTSIDERS.flatMap((r) => (r === 'anonymous' ? [] : [world.users[r]]));
    const foreign = added.filter(
      (row) =>
        !/^marketplace_(saved_searches|need_access): /.test(row) ||
        !own.some((id) => row.includes(id)),
    );
    expect(foreign).toEqual([]);
  });

  // What the module lends other pages: the home page's blocks, the work waiting on /admin and on
  // the account page, the owners' directory profiles.
  it('lends other pages no marker their viewer may not read', async () => {
    const pages = [
      '/',
      '/admin',
      '/account',
      ...world.organizations.map((o) => `/directory/organizations/${o}`),
    ];
    const leaks: string[] = [];
    for (const role of ROLES)
      for (const path of pages) {
        const res = await world.as[role].get(path);
        expect(res.status, `${path} as ${role}`).toBeLessThan(500);
        const text = await res.text();
        for (const [marker, readers] of Object.entries(MARKERS))
          if (!readers.includes(role) && text.includes(marker))
            leaks.push(`${path} ${role}: ${marker}`);
      }
    expect(leaks).toEqual([]);
  });

  // The portal's search finds offers only (the marketplace's search source).
  it('finds no offer by the words of its confidential fields for those below their tier', async () => {
    const searches: [string, string, string, Role[]][] = [
      ['/marketplace?q=', 'mkofproblem', world.ids.offer, MARKERS.MKOFPROBLEM!],
      ['/marketplace?q=', 'mkofadvantages', world.ids.offer, MARKERS.MKOFADVANTAGES!],
      ['/search?q=', 'mkofproblem', world.ids.offer, MARKERS.MKOFPROBLEM!],
      ['/search?q=', 'mkofcoowner', world.ids.offer, MARKERS.MKOFCOOWNER!],
    ];
    const found: string[] = [];
    for (const [path, words, id, readers] of searches)
      for (const role of ROLES.filter((r) => !readers.includes(r))) {
        const res = await world.as[role].get(`${path}${words}`);
        expect(res.status).toBe(200);
        if ((await res.text()).includes(id)) found.push(`${path}${words} as ${role}`);
      }
    expect(found).toEqual([]);
    // The public words find them, so the searches above could have.
    expect(await (await world.as.outsider.get('/marketplace?q=vo+ca+phe')).text()).toContain(
      world.ids.offer,
    );
    expect(await (await world.as.outsider.get('/search?q=vo+ca+phe')).text()).toContain(
      world.ids.offer,
    );
  });
});
