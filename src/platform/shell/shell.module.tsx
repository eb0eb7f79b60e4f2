import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { projectPath } from '../config/paths';
import { policies } from '../authz';
import { pendingMigrations } from '../db/client';
import { isLocale } from '../i18n';
import { countJobsWaiting } from '../jobs';
import { setLocaleCookie } from '../http/locale-cookie';
import { safeNext } from '../http/safe-next';
import type { ModuleManifest } from '../modules/manifest';
import { Layout } from '../ui/layout';
import { forgetHomePagesAfterWrites } from './home-cache';
import { homePageHtml } from './home-page';
import { SEARCH_PATH, SearchPage } from './search-page';

/** Modules whose placeholder title and description the shell's catalog holds. */
type ComingSoonId = 'learning' | 'mentoring' | 'spaces' | 'community' | 'feedback' | 'network';

export const shellModule: ModuleManifest = {
  id: 'shell',
  middleware: [forgetHomePagesAfterWrites],
  register(router, deps) {
    router.on({ method: 'GET', path: '/healthz', policy: policies.public, kind: 'system' }, (c) =>
      c.json({ status: 'ok' }),
    );
    router.on(
      { method: 'GET', path: '/readyz', policy: policies.public, kind: 'system' },
      async (c) => {
        try {
          await deps.database.query('select 1');
          const pending = await pendingMigrations(deps.database);
          if (pending > 0) return c.json({ status: 'migrations pending', pending }, 503);
          // The background backlog (mail, reminders, imports) for monitoring: it grows while a
          // surge has the runner wait (platform/jobs/runner.ts) and should drain after.
          const jobsWaiting = await countJobsWaiting(deps.database.db, deps.clock());
          return c.json({ status: 'ready', engine: deps.database.engine, jobsWaiting });
        } catch {
          return c.json({ status: 'database unreachable' }, 503);
        }
      },
    );
    router.on(
      { method: 'GET', path: '/assets/*', policy: policies.public, kind: 'system' },
      async (c, next) => {
        c.header('Cache-Control', 'public, max-age=3600');
        await next();
      },
      serveStatic({
        root: path.relative(process.cwd(), projectPath('public')) || '.',
        rewriteRequestPath: (p) => p.replace(/^\/assets/, ''),
        // A bundle's .br/.gz copy (scripts/build-client.mjs), to a browser that takes it.
        precompressed: true,
      }),
    );
    router.page('GET', '/locale/:lang', policies.public, (c) => {
      const lang = c.req.param('lang');
      if (isLocale(lang)) {
        setLocaleCookie(c, lang);
      }
      return c.redirect(safeNext(c.req.query('next')));
    });

    router.page('GET', '/', policies.public, async (c) => c.html(await homePageHtml(c.get('ctx'))));
    router.page('GET', SEARCH_PATH, policies.public, async (c) => {
      const words = (c.req.query('q') ?? '').trim().slice(0, 200);
      return c.html(<SearchPage ctx={c.get('ctx')} words={words} />);
    });
  },
};

/**
 * A module of the mission not built yet: its navigation entry and a page that says so honestly.
 * Its title and description are the shell's `module.<id>` messages until the module lands.
 */
export function comingSoonModule(id: ComingSoonId, path: string, order: number): ModuleManifest {
  const title = `module.${id}` as const;
  const description = `module.${id}.desc` as const;
  return {
    id,
    nav: { main: { path, title, description, order } },
    register(router) {
      router.page('GET', path, policies.public, (c) => {
        const ctx = c.get('ctx');
        const name = ctx.t(title);
        return c.html(
          <Layout ctx={ctx} title={name} path={path}>
            <section class="narrow">
              <h1>{name}</h1>
              <p class="badge">{ctx.t('shell.comingSoon.title')}</p>
              <p>{ctx.t(description)}</p>
              <p>{ctx.t('shell.comingSoon.body', { module: name })}</p>
            </section>
          </Layout>,
        );
      });
    },
  };
}
