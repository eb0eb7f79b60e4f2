// The one list of modules: the process entry, the scripts and the tests all build from it.
// A new module is its folder under src/modules and one line here.
import { backofficeModule } from './platform/backoffice/backoffice.module';
import { filesModule } from './platform/files';
import { createApp, jobHandlers } from './platform/http/app';
import type { AppDeps } from './platform/deps';
import { mailModule } from './platform/mail/mail.module';
import { sitemapModule } from './platform/sitemap/sitemap.module';
import { installModules } from './platform/modules/registry';
import { comingSoonModule, shellModule } from './platform/shell/shell.module';
import { challengesModule } from './modules/challenges';
import { contentModule } from './modules/content';
import { directoryModule } from './modules/directory';
import { eventsModule } from './modules/events';
import { identityModule, resolveActor } from './modules/identity';
import { marketplaceModule } from './modules/marketplace';
import { plansModule } from './modules/plans';
import { programsModule } from './modules/programs';

export const MODULES = installModules([
  shellModule,
  identityModule,
  directoryModule,
  programsModule,
  marketplaceModule,
  challengesModule,
  eventsModule,
  comingSoonModule('learning', '/learning', 60),
  comingSoonModule('mentoring', '/mentoring', 70),
  comingSoonModule('spaces', '/spaces', 80),
  contentModule,
  comingSoonModule('community', '/forum', 100),
  comingSoonModule('feedback', '/feedback', 110),
  plansModule,
  comingSoonModule('network', '/network', 130),
  backofficeModule,
  filesModule,
  sitemapModule,
  mailModule,
]);

/** Every module's job handlers, for the runner in `deps.jobs`. */
export const JOB_HANDLERS = jobHandlers(MODULES);

export function buildApp(deps: AppDeps) {
  return createApp(deps, { resolveActor, modules: MODULES });
}
