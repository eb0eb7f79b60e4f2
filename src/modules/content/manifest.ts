import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { AppError } from '../../platform/errors';
import type { ModuleManifest } from '../../platform/modules/manifest';
import { registerContentApi } from './api/content-api';
import { registerNewsletterApi } from './api/newsletter-api';
import * as tables from './db/tables';
import { contentCatalog } from './i18n';
import { registerLegalRoutes } from './legal.routes';
import { registerMediaRoutes } from './media.routes';
import { registerNewsRoutes } from './news.routes';
import { registerNewsletterRoutes } from './newsletter.routes';
import { DIGEST_JOB, sendWeeklyDigest } from './services/newsletter-digest';
import { canEditContent, CONTENT_CAPABILITIES, LEGAL_STAFF_PATH, STAFF_PATH } from './permissions';
import { seedContentDemo } from './seed/demo';
import { contentHomeBlocks } from './services/home-blocks';
import { CONTENT_INDICATORS } from './services/indicators';
import { contentSearchSources } from './services/portal-search';
import { newsletterPersonalData } from './services/newsletter';
import { contentSitemap } from './services/sitemap';
import { PUBLISH_JOB, publishScheduled } from './services/item-workflow';
import { AVIF_JOB, makeAvifVariants } from './services/media';
import { contentWorkWaiting } from './services/work-waiting';
import { ITEM_FORM_BODY_LIMIT } from './services/item-input';
import { WORD_MAX_BYTES } from './services/import-item';
import { LEGAL_FORM_BODY_LIMIT } from './services/legal-file';
import { MEDIA_FORM_BODY_LIMIT } from './services/media-upload';
import { registerStaffRoutes } from './staff.routes';
import { MEDIA_STAFF_PATH, NEWS_PATH, NEWSLETTER_STAFF_PATH } from './ui/paths';

/** The back-office of content does not exist for signed-in accounts that may not edit (404). */
const hideStaffPages: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { actor } = c.get('ctx');
  const path = c.req.path;
  const isStaffPath = path === STAFF_PATH || path.startsWith(`${STAFF_PATH}/`);
  if (isStaffPath && actor.kind === 'user' && !canEditContent(actor))
    throw new AppError('NOT_FOUND');
  await next();
};

/** The portal's content: news, stories, pages, the legal library and their publishing. */
export const contentModule: ModuleManifest = {
  id: 'content',
  tables,
  messages: contentCatalog,
  capabilities: CONTENT_CAPABILITIES,
  nav: {
    main: {
      path: NEWS_PATH,
      title: 'content.module.title',
      description: 'content.module.description',
      order: 90,
    },
    backoffice: [
      {
        path: STAFF_PATH,
        title: 'content.nav.staff',
        description: 'content.nav.staffDescription',
        order: 15,
        capability: 'content.item:edit',
      },
      {
        path: LEGAL_STAFF_PATH,
        title: 'content.legal.staff.title',
        description: 'content.legal.lead',
        order: 16,
        capability: 'content.legal:manage',
      },
      {
        path: MEDIA_STAFF_PATH,
        title: 'content.nav.media',
        description: 'content.nav.mediaDescription',
        order: 16,
        capability: 'content.item:edit',
      },
      {
        path: NEWSLETTER_STAFF_PATH,
        title: 'content.newsletter.staff.title',
        description: 'content.newsletter.staff.description',
        order: 17,
        capability: 'content.item:publish',
      },
    ],
  },
  workWaiting: contentWorkWaiting,
  middleware: [hideStaffPages],
  homeBlocks: contentHomeBlocks,
  indicators: CONTENT_INDICATORS,
  search: contentSearchSources,
  sitemap: contentSitemap,
  personalData: newsletterPersonalData,
  uploadLimits: {
    // The Word file and the multipart envelope around it (before ":id", the first match wins).
    [`${STAFF_PATH}/import`]: WORD_MAX_BYTES + 1_000_000,
    [`${LEGAL_STAFF_PATH}/new`]: LEGAL_FORM_BODY_LIMIT,
    [`${LEGAL_STAFF_PATH}/:id`]: LEGAL_FORM_BODY_LIMIT,
    [MEDIA_STAFF_PATH]: MEDIA_FORM_BODY_LIMIT,
    [`${STAFF_PATH}/new`]: ITEM_FORM_BODY_LIMIT,
    [`${STAFF_PATH}/:id`]: ITEM_FORM_BODY_LIMIT,
  },
  jobs: {
    [PUBLISH_JOB]: publishScheduled,
    [DIGEST_JOB]: sendWeeklyDigest,
    [AVIF_JOB]: makeAvifVariants,
  },
  registerApi(api) {
    registerContentApi(api);
    registerNewsletterApi(api);
  },
  register(router) {
    // Before the items' routes: /admin/content/legal, …/newsletter and …/media are not items' ids.
    registerLegalRoutes(router);
    registerNewsletterRoutes(router);
    registerMediaRoutes(router);
    registerStaffRoutes(router);
    registerNewsRoutes(router);
  },
  seeds: {
    async demo(deps) {
      await seedContentDemo(deps);
    },
  },
};
