// The installed modules: what the platform's navigation, catalogs, capabilities, back-office,
// account page and indicators read. `wiring.ts` installs the list once per process.
import { can, installApiScopes, type Actor } from '../authz';
import type { AppDeps } from '../deps';
import { log } from '../log/logger';
import type {
  Figure,
  HomeBlock,
  ProfileBlock,
  SearchSource,
  SitemapSource,
  Indicator,
  ModuleManifest,
  NavEntry,
  SignedInActor,
  WorkItem,
} from './manifest';

let installed: readonly ModuleManifest[] = [];

const MODULE_ID = /^[a-z][a-z0-9]*$/;

/** A table's SQL name, read from Drizzle's own symbol (tables carry it under `Symbol(drizzle:Name)`). */
function tableName(table: unknown): string | undefined {
  if (!table || typeof table !== 'object') return undefined;
  const symbol = Object.getOwnPropertySymbols(table).find((s) => s.description === 'drizzle:Name');
  const name: unknown = symbol ? (table as Record<symbol, unknown>)[symbol] : undefined;
  return typeof name === 'string' ? name : undefined;
}

function checkManifest(m: ModuleManifest, seen: Set<string>, indicatorIds: Set<string>) {
  if (!MODULE_ID.test(m.id) || seen.has(m.id)) {
    throw new Error(`module id "${m.id}": lower-case letters and digits, once`);
  }
  seen.add(m.id);
  for (const table of Object.values(m.tables ?? {})) {
    const name = tableName(table);
    if (name !== undefined && !name.startsWith(`${m.id}_`)) {
      throw new Error(`table ${name} of module ${m.id}: its name starts with "${m.id}_"`);
    }
  }
  for (const indicator of m.indicators ?? []) {
    if (!indicator.id.startsWith(`${m.id}.`) || indicatorIds.has(indicator.id)) {
      throw new Error(`indicator ${indicator.id} of module ${m.id}: unique, "${m.id}.<name>"`);
    }
    indicatorIds.add(indicator.id);
  }
}

/**
 * Checks the modules' manifests, installs their API scopes and keeps the list for the platform's
 * navigation, back-office, account page and indicators. (Catalogs and capabilities are in force
 * from the moment a module's code is loaded: `defineCatalog`, `defineCapabilities`.)
 */
export function installModules<const M extends readonly ModuleManifest[]>(modules: M): M {
  const seen = new Set<string>();
  const indicatorIds = new Set<string>();
  for (const m of modules) checkManifest(m, seen, indicatorIds);
  installApiScopes(modules.flatMap((m) => m.apiScopes ?? []));
  installed = modules;
  return modules;
}

export function installedModules(): readonly ModuleManifest[] {
  return installed;
}

const byOrder = (a: NavEntry, b: NavEntry) => a.order - b.order;

/** The main navigation, in order: built modules and those still coming. */
export function mainNavigation(): NavEntry[] {
  return installed.flatMap((m) => (m.nav?.main ? [m.nav.main] : [])).sort(byOrder);
}

/** The home page's sections, in order. */
export function homeBlocks(): HomeBlock[] {
  return installed.flatMap((m) => m.homeBlocks ?? []).sort((a, b) => a.order - b.order);
}

/** The sections other modules add to an organisation's profile, in order. */
export function profileBlocks(): ProfileBlock[] {
  return installed.flatMap((m) => m.profileBlocks ?? []).sort((a, b) => a.order - b.order);
}

/** The sources of the portal-wide search, in order. */
export function searchSources(): SearchSource[] {
  return installed.flatMap((m) => m.search ?? []).sort((a, b) => a.order - b.order);
}

/** The sitemap's sources, in module order. */
export function sitemapSources(): SitemapSource[] {
  return installed.flatMap((m) => m.sitemap ?? []);
}

/** Back-office pages this actor may open, in order. */
export function backofficeNavigation(actor: Actor): NavEntry[] {
  return installed
    .flatMap((m) => m.nav?.backoffice ?? [])
    .filter((e) => !e.capability || can(actor, e.capability))
    .sort(byOrder);
}

/** Account pages of the modules this actor may open, in order. */
export function accountNavigation(actor: SignedInActor): NavEntry[] {
  return installed
    .flatMap((m) => m.nav?.account ?? [])
    .filter((e) => !e.capability || can(actor, e.capability))
    .sort(byOrder);
}

/**
 * Everything waiting for the actor across the modules, non-zero counts only. A module whose count
 * fails is logged and left out, so one broken query does not take the overview down.
 */
export async function workWaitingFor(deps: AppDeps, actor: SignedInActor): Promise<WorkItem[]> {
  const lists = await Promise.all(
    installed.map(async (m) => {
      if (!m.workWaiting) return [];
      try {
        return await m.workWaiting(deps, actor);
      } catch (err) {
        log.error('work waiting failed', { module: m.id, err });
        return [];
      }
    }),
  );
  return lists.flat().filter((w) => w.count > 0);
}

/** The back-office overview's headline numbers, in module order. */
export async function overviewFigures(deps: AppDeps): Promise<Figure[]> {
  const lists = await Promise.all(installed.map((m) => m.figures?.(deps) ?? []));
  return lists.flat();
}

export function installedIndicators(): Indicator[] {
  return installed.flatMap((m) => m.indicators ?? []);
}

export function indicatorById(id: string): Indicator | undefined {
  return installedIndicators().find((i) => i.id === id);
}
