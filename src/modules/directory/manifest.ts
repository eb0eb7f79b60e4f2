import { can } from '../../platform/authz';
import type { ModuleManifest } from '../../platform/modules/manifest';
import { demoAccountOrganizations } from '../identity';
import { LOGO_API_PATH } from './api/organization-logo';
import { registerDirectoryApi } from './api/routes';
import { registerCurationRoutes } from './curation.routes';
import * as tables from './db/tables';
import { directoryCatalog } from './i18n';
import { IMPORT_EXPIRY_JOB, IMPORT_JOB } from './import/jobs';
import { IMPORT_MAX_BYTES } from './import/read-table';
import { expireImportJob, runImportJob } from './import/run-import';
import { registerExportRoutes } from './export.routes';
import { registerImportRoutes } from './import.routes';
import { registerPeopleRoutes } from './people.routes';
import { DIRECTORY_CAPABILITIES } from './permissions';
import { registerPublicRoutes } from './public.routes';
import { seedDirectoryDemo } from './seed';
import { seedDirectoryAtScale } from './seed/scale-seed';
import { countPendingClaims } from './services/claim-queries';
import { directoryHomeBlocks } from './services/home-blocks';
import { directoryPersonalData } from './services/personal-data';
import { directorySearchSources } from './services/portal-search';
import { directorySitemap } from './services/sitemap';
import { DIRECTORY_INDICATORS } from './services/indicators';
import { LOGO_FORM_BODY_LIMIT, LOGO_RULES } from './services/organization-logo';
import { warmOrganizationIndex } from './services/search-index';
import { registerStatsRoutes } from './stats.routes';

const scopeText = (name: 'read' | 'create' | 'curate' | 'peopleCreate' | 'peopleCurate') =>
  ({
    label: `directory.apiScope.${name}`,
    description: `directory.apiScope.${name}.desc`,
  }) as const;

/** The ecosystem's organisations and people: search, profiles, claims, curation, import, API. */
export const directoryModule: ModuleManifest = {
  id: 'directory',
  tables,
  messages: directoryCatalog,
  capabilities: DIRECTORY_CAPABILITIES,
  apiScopes: [
    { scope: 'directory.organization:read', ...scopeText('read') },
    { scope: 'directory.organization:create', ...scopeText('create') },
    { scope: 'directory.organization:curate', ...scopeText('curate') },
    { scope: 'directory.person:create', ...scopeText('peopleCreate') },
    { scope: 'directory.person:curate', ...scopeText('peopleCurate') },
  ],
  nav: {
    main: {
      path: '/directory',
      title: 'directory.module.title',
      description: 'directory.module.description',
      order: 10,
    },
    backoffice: [
      {
        path: '/admin/directory',
        title: 'directory.curation.title',
        description: 'directory.curation.description',
        order: 20,
        capability: 'directory.organization:curate',
      },
    ],
  },
  async workWaiting(deps, actor) {
    if (!can(actor, 'directory.claim:decide')) return [];
    const count = await countPendingClaims(deps);
    return [
      {
        id: 'directory.claims',
        label: 'directory.work.claims',
        count,
        href: '/admin/directory/claims',
      },
    ];
  },
  indicators: DIRECTORY_INDICATORS,
  homeBlocks: directoryHomeBlocks,
  search: directorySearchSources,
  personalData: directoryPersonalData,
  sitemap: directorySitemap,
  exports: [
    {
      path: '/directory/export.xlsx',
      title: 'directory.export.organizations',
      capability: 'directory.export:run',
    },
  ],
  uploadLimits: {
    // The spreadsheet itself may be 10 MB; the multipart envelope adds a little.
    '/directory/import': IMPORT_MAX_BYTES + 500_000,
    // The profile forms carry a logo.
    '/directory/organizations/new': LOGO_FORM_BODY_LIMIT,
    '/directory/organizations/:slug/edit': LOGO_FORM_BODY_LIMIT,
    // The API takes the image alone: a larger body is refused with 413.
    [LOGO_API_PATH]: LOGO_RULES.maxBytes,
  },
  register(router) {
    registerStatsRoutes(router);
    registerImportRoutes(router);
    registerExportRoutes(router);
    registerCurationRoutes(router);
    registerPeopleRoutes(router);
    registerPublicRoutes(router);
  },
  registerApi(api) {
    registerDirectoryApi(api);
  },
  // Staff imports' dry runs and runs, resumed after a restart, and their removal a day later.
  jobs: { [IMPORT_JOB]: runImportJob, [IMPORT_EXPIRY_JOB]: expireImportJob },
  // The first search would otherwise wait for the index (seconds at national scale).
  async warmUp(deps) {
    await warmOrganizationIndex(deps.database.db);
  },
  seeds: {
    async demo(deps) {
      await seedDirectoryDemo(deps.database, await demoAccountOrganizations(deps.database.db));
    },
    scale: seedDirectoryAtScale,
  },
};
