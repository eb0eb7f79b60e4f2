// The home page's blocks, and the page as visitors who are not signed in see it, kept a short
// while per language (decision 020): the front page is the portal's busiest page, each block costs
// a few queries (on the embedded engine they wait one behind another) and the page's markup is
// the same for every visitor. A write handled by this process forgets the kept pages before its
// response leaves, so what staff just published is on the front page at once; a change made
// elsewhere (a scheduled publish run by the job runner, another process on the same PostgreSQL)
// shows within HOME_PAGE_TTL_MS, counted on the process's clock. Signed-in accounts get the page
// rendered for them (a block may show them more, the header names them).
import type { MiddlewareHandler } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppDeps } from '../deps';
import type { AppEnv, RequestContext } from '../http/context';
import { log } from '../log/logger';
import { homeBlocks } from '../modules/registry';

/** How long a kept page may be shown: a public page may lag a change made elsewhere this long. */
export const HOME_PAGE_TTL_MS = 30_000;

interface KeptPage {
  at: number;
  html: Promise<string>;
}

/** Per app (its deps), so test apps in one process never share a page. */
const keptByApp = new WeakMap<AppDeps, Map<string, KeptPage>>();

/** Forgets the kept pages of an app: the next visitor's request renders the page again. */
export function forgetHomePages(deps: AppDeps): void {
  keptByApp.get(deps)?.clear();
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** After any write request (whatever its outcome), a kept page may be out of date. */
export const forgetHomePagesAfterWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!READS.has(c.req.method)) forgetHomePages(c.get('ctx').deps);
};

/** Every installed module's block, in order; a failing block is logged and left out. */
export async function renderHomeBlocks(
  ctx: RequestContext,
): Promise<{ blocks: (Child | null)[]; hasFailed: boolean }> {
  let hasFailed = false;
  const blocks = await Promise.all(
    homeBlocks().map((block) =>
      block.render(ctx).catch((error: unknown) => {
        log.error('home page block failed', { block: block.id, error: String(error) });
        hasFailed = true;
        return null;
      }),
    ),
  );
  return { blocks, hasFailed };
}

/**
 * The page for this request: kept for visitors, rendered for signed-in accounts. `render` says
 * whether its page may be kept (not when a block failed: the next visitor tries again).
 */
export function visitorsHomePage(
  ctx: RequestContext,
  render: () => Promise<{ html: string; mayKeep: boolean }>,
): Promise<string> {
  if (ctx.actor.kind !== 'anonymous') return render().then((r) => r.html);
  const { deps } = ctx;
  let kept = keptByApp.get(deps);
  if (!kept) keptByApp.set(deps, (kept = new Map()));
  const now = deps.clock().getTime();
  const found = kept.get(ctx.locale);
  if (found && now >= found.at && now - found.at < HOME_PAGE_TTL_MS) return found.html;
  const forget = (e: KeptPage) => {
    if (kept.get(ctx.locale) === e) kept.delete(ctx.locale);
  };
  // Kept from the start, so visitors arriving meanwhile wait for this one rendering.
  const entry: KeptPage = {
    at: now,
    html: render().then(
      ({ html, mayKeep }) => {
        if (!mayKeep) forget(entry);
        return html;
      },
      (error: unknown) => {
        forget(entry);
        throw error;
      },
    ),
  };
  kept.set(ctx.locale, entry);
  return entry.html;
}
