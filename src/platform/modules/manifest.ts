import type { MiddlewareHandler } from 'hono';
import type { Child } from 'hono/jsx';
import type { Actor, ApiScopeEntry, Capability, Role } from '../authz';
import type { Db } from '../db/client';
import type { AppDeps } from '../deps';
import type { AppEnv, RequestContext } from '../http/context';
import type { Api } from '../http/api';
import type { Router } from '../http/router';
import type { Locale, MessageKey, Translate } from '../i18n';
import type { JobHandler } from '../jobs';
import type { PersonalDataHooks } from './personal-data';

/** A link the platform shows for a module: main navigation, back-office or account pages. */
export interface NavEntry {
  path: string;
  title: MessageKey;
  description?: MessageKey;
  /** Smaller first; modules interleave by this number. */
  order: number;
  /** Shown only to actors who hold it (and signed in, for any capability). */
  capability?: Capability;
}

/** Something waiting for the actor: a count the module computed and where to act on it. */
export interface WorkItem {
  /** `<module>.<what>`, stable for tests and styling. */
  id: string;
  /** A message with a `{count}` placeholder. */
  label: MessageKey;
  count: number;
  href: string;
}

/** A headline number of the back-office overview (accounts, mails waiting…). */
export interface Figure {
  id: string;
  label: MessageKey;
  hint?: MessageKey;
  value: number;
}

export type SignedInActor = Extract<Actor, { kind: 'user' }>;

/** The period and place an indicator is computed for; times are instants (half-open range). */
export interface IndicatorQuery {
  from: Date;
  to: Date;
  /** A province code (`48`); absent: the whole instance. */
  province?: string;
}

/**
 * A named figure a module can compute for a period and a province, from its own records: the raw
 * material of plans' targets and official reports.
 */
export interface Indicator {
  /** `<module>.<snake_case>`, e.g. `programs.applications_submitted`. */
  id: string;
  label: MessageKey;
  unit: 'count' | 'vnd' | 'percent';
  compute(db: Db, query: IndicatorQuery): Promise<number>;
}

/** What `npm run seed:demo` asks each module for; the same seed gives the same data. */
export interface ScaleSeedOptions {
  scale: 'province' | 'national';
  seed: number;
  /** The instance's own province (code or name): most records go there at province scale. */
  province?: string;
  /** Replace data the module already holds besides its demo set (otherwise refuse). */
  force: boolean;
  /** A line for the operator (what is loaded, how long it took). */
  say(line: string): void;
  /** Progress of a long phase. */
  progress(phase: string, done: number, total: number): void;
}

/** A file staff may download from the module (linked from the back-office overview). */
export interface ExportEntry {
  path: string;
  title: MessageKey;
  capability: Capability;
}

/**
 * A section of the home page a module supplies (the featured story, open calls, figures…), so
 * a module that lands later adds its block without editing the home page.
 */
export interface HomeBlock {
  /** `<module>.<block>`, stable for tests and styling. */
  id: string;
  /** Smaller first; blocks of all modules interleave by this number. */
  order: number;
  /** The section (its heading an h2), or null when the module has nothing to show. */
  render(ctx: RequestContext): Promise<Child | null>;
}

/**
 * A section a module adds to an organisation's public directory profile (the challenges it
 * solved, the events it organised…), so the directory shows other modules' records of an
 * organisation without knowing them.
 */
export interface ProfileBlock {
  /** `<module>.<block>`. */
  id: string;
  /** Smaller first. */
  order: number;
  /** The section (its heading an h2), or null when the module has nothing about it. */
  render(ctx: RequestContext, organization: { id: string }): Promise<Child | null>;
}

/** What a search source needs of the request: who asks, in which language, the process's parts. */
export interface SearchContext {
  deps: AppDeps;
  actor: Actor;
  locale: Locale;
  t: Translate;
}

/** One record found by the portal's search. */
export interface SearchHit {
  title: string;
  href: string;
  /** A line under the title: the kind of record, a date, a number. */
  meta?: string;
}

/** What one source found: the first hits, how many in all, and its own list for the rest. */
export interface SearchSection {
  total: number;
  hits: SearchHit[];
  /** The module's own list with the same words, where every match can be seen and filtered. */
  moreHref: string;
}

/** A kind of record the portal-wide search (/search) looks through, supplied by its module. */
export interface SearchSource {
  /** `<module>.<kind>`. */
  id: string;
  title: MessageKey;
  /** Smaller first. */
  order: number;
  find(ctx: SearchContext, words: string, limit: number): Promise<SearchSection>;
}

/** A public page for sitemap.xml; `path` from the site's root. */
export interface SitemapUrl {
  path: string;
  lastmod?: Date;
}

/**
 * One kind of public page a module lists in sitemap.xml (published articles, public
 * organisations…), in an order that does not change between requests, so the sitemap's parts
 * can be read one window at a time. Nothing unpublished or private is ever listed.
 */
export interface SitemapSource {
  /** `<module>.<kind>`. */
  id: string;
  count(deps: AppDeps): Promise<number>;
  urls(deps: AppDeps, window: { offset: number; limit: number }): Promise<SitemapUrl[]>;
}

export interface MessageCatalog {
  vi: Record<string, string>;
  en: Record<string, string>;
}

/**
 * Everything the platform learns about a module, exported from the module's `index.ts` and listed
 * once in `wiring.ts` (the shape of decidim's component manifests). Nothing under `src/platform/`
 * imports a module: the platform reads these objects.
 */
export interface ModuleManifest {
  id: string;
  /** The module's Drizzle tables, each named `<id>_…` (drizzle-kit reads the same files). */
  tables?: Record<string, unknown>;
  messages?: MessageCatalog;
  /** Capabilities this module defines (`<id>.<entity>:<action>`) and the roles granted each. */
  capabilities?: Record<string, readonly Role[]>;
  /** Capabilities an API key may carry as scopes, with the words shown when granting them. */
  apiScopes?: readonly ApiScopeEntry[];
  nav?: {
    /** The module's entry in the main navigation and on the home page. */
    main?: NavEntry;
    backoffice?: NavEntry[];
    account?: NavEntry[];
  };
  /** Headline numbers for the back-office overview. */
  figures?(deps: AppDeps): Promise<Figure[]>;
  /** What waits for this actor in this module, shown on /admin and on their account page. */
  workWaiting?(deps: AppDeps, actor: SignedInActor): Promise<WorkItem[]>;
  /**
   * Larger request-body limits (bytes) for upload paths, e.g. { '/directory/import': 10_500_000 };
   * a `:name` segment matches any one segment ('/directory/organizations/:slug/edit').
   */
  uploadLimits?: Record<string, number>;
  /** Runs on every request after the actor is known, before any route (e.g. enforcing 2FA). */
  middleware?: MiddlewareHandler<AppEnv>[];
  /**
   * Forgets what the module keeps in memory that a write may change (plans' indicator figures);
   * called before and after every write request and every job this process runs (decision 025).
   */
  forgetOnWrite?(deps: AppDeps): void;
  register?(router: Router, deps: AppDeps): void;
  /** Adds the module's operations to the OpenAPI sub-app mounted at /api/v1. */
  registerApi?(api: Api, deps: AppDeps): void;
  /** Work worth doing before the first visitor asks for it (e.g. building a search index). */
  warmUp?(deps: AppDeps): Promise<void>;
  /** Durable job handlers by job name, `<module id>.<job>` (decision 009). */
  jobs?: Record<string, JobHandler<AppDeps>>;
  seeds?: {
    /** The demo data loaded into an empty database outside production, in module order. */
    demo?(deps: AppDeps): Promise<void>;
    /** Generated data at a province's or the nation's scale (`npm run seed:demo`), never in production. */
    scale?(deps: AppDeps, options: ScaleSeedOptions): Promise<void>;
  };
  indicators?: Indicator[];
  exports?: ExportEntry[];
  homeBlocks?: HomeBlock[];
  /** Sections of organisations' directory profiles. */
  profileBlocks?: ProfileBlock[];
  /** What the portal-wide search looks through in this module. */
  search?: SearchSource[];
  /** The module's part of "download my data" and "delete my account". */
  personalData?: PersonalDataHooks;
  /** Public pages listed in sitemap.xml besides the home page and the main navigation's. */
  sitemap?: SitemapSource[];
}
