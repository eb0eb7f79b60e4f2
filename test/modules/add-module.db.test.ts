// A module is its manifest plus one line in the list: this one appears in the navigation, the
// home page, the back-office, its catalog, its capabilities and the route registry, with no
// other edit of the platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createUser, signIn } from '../support/actors';
import { testEngines } from '../support/db';
import { MODULES } from '../../src/wiring';
import { defineCapabilities, policies } from '../../src/platform/authz';
import { defineCatalog } from '../../src/platform/i18n';
import { createApp } from '../../src/platform/http/app';
import { resolveActor } from '../../src/modules/identity';
import type { ModuleManifest } from '../../src/platform/modules/manifest';
import { installModules } from '../../src/platform/modules/registry';

defineCatalog(
  'garden',
  { 'garden.title': 'Vườn ươm thử', 'garden.desk': 'Bàn làm việc của vườn ươm' },
  { 'garden.title': 'Test garden', 'garden.desk': 'Garden desk' },
);
defineCapabilities('garden', { 'garden.desk:open': ['admin', 'staff'] });

const garden: ModuleManifest = {
  id: 'garden',
  nav: {
    main: { path: '/garden', title: 'garden.title' as never, order: 25 },
    backoffice: [
      {
        path: '/admin/garden',
        title: 'garden.desk' as never,
        order: 40,
        capability: 'garden.desk:open' as never,
      },
    ],
  },
  register(router) {
    router.page('GET', '/garden', policies.public, (c) =>
      c.text(c.get('ctx').t('garden.title' as never)),
    );
  },
};

describe.each(testEngines)('adding a module on %s', (engine) => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    app = createApp(t.deps, { resolveActor, modules: installModules([...MODULES, garden]) });
    await createUser(t, { email: 'staff@garden.example', roles: ['staff'] });
  });
  afterAll(() => t.close());

  it('shows it in the menu, on the home page and in the back-office, and registers its routes', async () => {
    const home = await (await app.app.request('/')).text();
    expect(home).toContain('<a href="/garden">Vườn ươm thử</a>');
    // Between programmes (20) and the marketplace (30).
    expect(home.indexOf('href="/programs"')).toBeLessThan(home.indexOf('href="/garden"'));
    expect(home.indexOf('href="/garden"')).toBeLessThan(home.indexOf('href="/marketplace"'));
    expect(
      await (await app.app.request('/garden', { headers: { cookie: 'lang=en' } })).text(),
    ).toBe('Test garden');
    expect(app.router.routes).toContainEqual(
      expect.objectContaining({ method: 'GET', path: '/garden', policy: policies.public }),
    );

    const staff = await signIn({ ...t, app: app.app }, 'staff@garden.example');
    const admin = await (await staff.get('/admin')).text();
    expect(admin).toContain('href="/admin/garden"');
    expect(admin).toContain('Bàn làm việc của vườn ươm');
  });
});
