import { pgTable, text } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, can, defineCapabilities, type Actor } from '../authz';
import { defineCatalog, translate } from '../i18n';
import type { ModuleManifest } from './manifest';
import {
  accountNavigation,
  backofficeNavigation,
  indicatorById,
  installModules,
  mainNavigation,
} from './registry';

const staff: Actor & { kind: 'user' } = {
  kind: 'user',
  user: { id: 'u', name: 'Lan', email: 'lan@example.vn', locale: 'vi', twoFactorEnabled: false },
  roles: new Set(['staff', 'member']),
};
const member: Actor & { kind: 'user' } = { ...staff, roles: new Set(['member']) };

describe('module catalogs and capabilities', () => {
  it('are in force as soon as a module defines them', () => {
    defineCatalog('demo', { 'demo.hello': 'Xin chào {name}' }, { 'demo.hello': 'Hello {name}' });
    defineCapabilities('demo', { 'demo.thing:manage': ['admin', 'staff'] });
    expect(translate('en', 'demo.hello' as never, { name: 'Lan' })).toBe('Hello Lan');
    expect(can(staff, 'demo.thing:manage' as never)).toBe(true);
    expect(can(member, 'demo.thing:manage' as never)).toBe(false);
    expect(can(ANONYMOUS, 'demo.thing:manage' as never)).toBe(false);
  });

  it('refuse a key or capability another module holds, a missing language and other placeholders', () => {
    expect(() => defineCatalog('other', { 'demo.hello': 'A' }, { 'demo.hello': 'A' })).toThrow(
      /already defined/,
    );
    expect(() =>
      defineCatalog('other', { 'other.a': 'Chào {name}' }, { 'other.a': 'Hi {user}' }),
    ).toThrow(/placeholders/);
    expect(() => defineCatalog('other', { 'other.b': 'B' }, {} as never)).toThrow(/one language/);
    expect(() => defineCapabilities('other', { 'demo.thing:manage': ['admin'] })).toThrow(
      /names are unique/,
    );
    expect(() => defineCapabilities('other', { 'another.thing:read': ['admin'] })).toThrow(
      /"other.<entity>:<action>"/,
    );
  });
});

describe('installModules', () => {
  const nav = (path: string, order: number, capability?: string) =>
    ({ path, title: 'app.name', order, capability }) as never;

  it('orders the navigation across modules and shows each actor only what they may open', () => {
    defineCapabilities('beta', { 'beta.desk:open': ['admin', 'staff'] });
    const alpha: ModuleManifest = {
      id: 'alpha',
      nav: { main: nav('/alpha', 20), account: [nav('/alpha/mine', 5)] },
    };
    const beta: ModuleManifest = {
      id: 'beta',
      nav: {
        main: nav('/beta', 10),
        backoffice: [nav('/admin/beta', 30, 'beta.desk:open')],
        account: [nav('/beta/mine', 1), nav('/beta/desk', 2, 'beta.desk:open')],
      },
    };
    installModules([alpha, beta]);
    expect(mainNavigation().map((e) => e.path)).toEqual(['/beta', '/alpha']);
    expect(backofficeNavigation(staff).map((e) => e.path)).toEqual(['/admin/beta']);
    expect(backofficeNavigation(member)).toEqual([]);
    expect(accountNavigation(staff).map((e) => e.path)).toEqual([
      '/beta/mine',
      '/beta/desk',
      '/alpha/mine',
    ]);
    expect(accountNavigation(member).map((e) => e.path)).toEqual(['/beta/mine', '/alpha/mine']);
  });

  it('refuses a module id given twice, a table outside its prefix and a stray indicator', () => {
    expect(() => installModules([{ id: 'alpha' }, { id: 'alpha' }])).toThrow(/once/);
    expect(() => installModules([{ id: 'Alpha' }])).toThrow(/lower-case/);
    const stray = pgTable('gamma_things', { id: text('id') });
    expect(() => installModules([{ id: 'alpha', tables: { stray } }])).toThrow(
      /starts with "alpha_"/,
    );
    const indicator = {
      id: 'beta.count',
      label: 'app.name',
      unit: 'count',
      compute: async () => 1,
    };
    expect(() => installModules([{ id: 'alpha', indicators: [indicator as never] }])).toThrow(
      /"alpha.<name>"/,
    );
    installModules([{ id: 'beta', indicators: [indicator as never] }]);
    expect(indicatorById('beta.count')).toBe(indicator);
  });
});
