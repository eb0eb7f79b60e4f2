import type { ModuleManifest } from '../../platform/modules/manifest';
import * as tables from './db/tables';
import { seedMarketplaceDemo } from './seed/demo';
import { marketplaceCatalog } from './i18n';
import { registerFunnelRoutes } from './funnel.routes';
import { registerIntroductionRoutes } from './introductions.routes';
import { registerIpPortfolioRoutes } from './ip-portfolio.routes';
import { registerIpRecordRoutes } from './ip-records.routes';
import { registerIpImportRoutes } from './ip-import.routes';
import { registerMarketplaceApi } from './api/marketplace-api';
import { IP_LIST_MAX_BYTES } from './services/import-ip-assets';
import { PORTFOLIO_PATH } from './ui/ip-paths';
import { FEE_REMINDER_JOB } from './services/ip-records';
import { remindIpFee } from './services/ip-fee-reminder';
import { registerMatchingRoutes } from './matching.routes';
import { registerNeedRoutes } from './needs.routes';
import { registerOfferRoutes } from './offers.routes';
import { registerSavedSearchRoutes } from './saved-searches.routes';
import { SAVED_SEARCH_DIGEST_JOB, sendSavedSearchDigest } from './services/saved-search-digest';
import { SAVED_SEARCHES_PATH } from './ui/saved-search-paths';
import { MARKETPLACE_CAPABILITIES, STAFF_PATH } from './permissions';
import { marketplaceHomeBlocks } from './services/home-blocks';
import { NUDGE_JOB, nudgeIntroduction } from './services/introduction-nudges';
import { MARKETPLACE_INDICATORS } from './services/indicators';
import { marketplacePersonalData } from './services/personal-data';
import { RENEWAL_JOB } from './services/offer-workflow';
import { marketplaceSearchSources } from './services/portal-search';
import { remindRenewal } from './services/renewal-reminder';
import { REGISTRATION_JOB, remindRegistration } from './services/registration-reminder';
import { marketplaceWorkWaiting } from './services/work-waiting';
import { DOCUMENT_MAX_BYTES } from './services/listing-documents';
import { OFFER_IMAGE_FORM_BODY_LIMIT } from './services/offer-images';
import { INTRODUCTIONS_PATH, MARKETPLACE_PATH, NEEDS_PATH, OFFERS_PATH } from './ui/paths';

/** The province's technology exchange: offers, needs, brokered introductions and deals. */
export const marketplaceModule: ModuleManifest = {
  id: 'marketplace',
  tables,
  messages: marketplaceCatalog,
  capabilities: MARKETPLACE_CAPABILITIES,
  nav: {
    main: {
      path: MARKETPLACE_PATH,
      title: 'marketplace.module.title',
      description: 'marketplace.module.description',
      order: 30,
    },
    backoffice: [
      {
        path: STAFF_PATH,
        title: 'marketplace.nav.staff',
        description: 'marketplace.nav.staffDescription',
        order: 25,
        capability: 'marketplace.introduction:broker',
      },
      {
        path: PORTFOLIO_PATH,
        title: 'marketplace.ip.index.title',
        description: 'marketplace.ip.nav.description',
        order: 26,
        capability: 'marketplace.portfolio:manage',
      },
    ],
    // A university's technology-transfer office is an ordinary account: its portfolio is here.
    account: [
      {
        path: PORTFOLIO_PATH,
        title: 'marketplace.ip.index.title',
        description: 'marketplace.ip.nav.description',
        order: 35,
      },
      {
        path: SAVED_SEARCHES_PATH,
        title: 'marketplace.savedSearch.title',
        description: 'marketplace.savedSearch.navDescription',
        order: 36,
      },
    ],
  },
  // A listing's document, and the multipart envelope around it.
  uploadLimits: {
    [`${PORTFOLIO_PATH}/:slug/import`]: IP_LIST_MAX_BYTES + 100_000,
    [`${OFFERS_PATH}/:id/documents`]: DOCUMENT_MAX_BYTES + 100_000,
    [`${OFFERS_PATH}/:id/images`]: OFFER_IMAGE_FORM_BODY_LIMIT,
    [`${NEEDS_PATH}/:id/documents`]: DOCUMENT_MAX_BYTES + 100_000,
    [`${INTRODUCTIONS_PATH}/:id/messages`]: DOCUMENT_MAX_BYTES + 100_000,
    [`${INTRODUCTIONS_PATH}/:id/deal`]: DOCUMENT_MAX_BYTES + 100_000,
  },
  workWaiting: marketplaceWorkWaiting,
  homeBlocks: marketplaceHomeBlocks,
  search: marketplaceSearchSources,
  indicators: MARKETPLACE_INDICATORS,
  personalData: marketplacePersonalData,
  jobs: {
    [RENEWAL_JOB]: remindRenewal,
    [NUDGE_JOB]: nudgeIntroduction,
    [REGISTRATION_JOB]: remindRegistration,
    [FEE_REMINDER_JOB]: remindIpFee,
    [SAVED_SEARCH_DIGEST_JOB]: sendSavedSearchDigest,
  },
  seeds: {
    async demo(deps) {
      await seedMarketplaceDemo(deps);
    },
  },
  registerApi(api) {
    registerMarketplaceApi(api);
  },
  register(router) {
    registerOfferRoutes(router);
    registerNeedRoutes(router);
    registerIntroductionRoutes(router);
    registerFunnelRoutes(router);
    registerMatchingRoutes(router);
    registerSavedSearchRoutes(router);
    registerIpPortfolioRoutes(router);
    registerIpRecordRoutes(router);
    registerIpImportRoutes(router);
  },
};
