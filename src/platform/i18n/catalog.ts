// The platform's own catalogs, and the modules' catalogs installed from their manifests.
import type { Locale } from './locale';
import * as api from './messages/api';
import * as backoffice from './messages/backoffice';
import * as input from './messages/input';
import * as search from './messages/search';
import * as shell from './messages/shell';
import * as ui from './messages/ui';

const platformVi = {
  ...shell.vi,
  ...ui.vi,
  ...backoffice.vi,
  ...api.vi,
  ...input.vi,
  ...search.vi,
};
const platformEn: Record<keyof typeof platformVi, string> = {
  ...shell.en,
  ...ui.en,
  ...backoffice.en,
  ...api.en,
  ...input.en,
  ...search.en,
};

/**
 * Each module adds the type of its Vietnamese catalog here from its own `i18n/index.ts`
 * (`declare module … { interface ModuleCatalogs { programs: typeof vi } }`), so that every key is
 * checked by the type-checker while the platform imports no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleCatalogs {}

type ModuleMessageKey = {
  [M in keyof ModuleCatalogs]: keyof ModuleCatalogs[M] & string;
}[keyof ModuleCatalogs];

export type MessageKey = keyof typeof platformVi | ModuleMessageKey;

/** Every installed message by locale: the platform's, then each module's. */
export const messages: Record<Locale, Record<string, string>> = {
  vi: { ...platformVi },
  en: { ...platformEn },
};

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/**
 * Adds a module's messages. A key another catalog already holds, a key missing in one language or
 * placeholders that differ between the languages stop the start (a test catches it first).
 */
function installCatalog(
  moduleId: string,
  catalog: { vi: Record<string, string>; en: Record<string, string> },
): void {
  for (const key of new Set([...Object.keys(catalog.vi), ...Object.keys(catalog.en)])) {
    const vi = catalog.vi[key];
    const en = catalog.en[key];
    if (vi === undefined || en === undefined) {
      throw new Error(`message ${key} of module ${moduleId} is missing in one language`);
    }
    if (Object.hasOwn(messages.vi, key)) {
      throw new Error(`message ${key} of module ${moduleId} is already defined`);
    }
    if (placeholders(vi) !== placeholders(en)) {
      throw new Error(`message ${key} of module ${moduleId} has different placeholders`);
    }
    messages.vi[key] = vi;
    messages.en[key] = en;
  }
}

/**
 * A module's catalog, installed as soon as the module's code is loaded (its own pages may read
 * messages while loading, e.g. to recognise column headers). The English catalog must hold exactly
 * the Vietnamese keys: a missing or an extra key fails the type-check.
 */
export function defineCatalog<V extends Record<string, string>, E extends Record<keyof V, string>>(
  moduleId: string,
  vi: V,
  en: E & Record<Exclude<keyof E, keyof V>, never>,
): { vi: V; en: Record<keyof V, string> } {
  installCatalog(moduleId, { vi, en });
  return { vi, en };
}
