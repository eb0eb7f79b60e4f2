// Saved searches: saved from the offers' search or the needs' list, listed, renamed, alerts turned on or off,
// deleted by their member (anyone else's is 404); the mail's unsubscribe link works without
// signing in (a confirming POST: a mail scanner's GET changes nothing). After a change the list is
// loaded again (303) with `?done=`.
import type { Context } from 'hono';
import { z } from 'zod';
import { policies } from '../../platform/authz';
import { AppError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { Router } from '../../platform/http/router';
import { formString, formVersion, type FormBody } from '../../platform/input/form-values';
import {
  deleteSearch,
  mySavedSearches,
  renameSearch,
  saveSearch,
  searchOfUnsubscribeLink,
  setSearchAlerts,
  stopAlertsByToken,
  type PostedFilters,
} from './services/saved-searches';
import {
  describeFilters,
  SavedSearchesPage,
  UnsubscribePage,
  type RenameState,
} from './ui/saved-search-pages';
import { SAVED_SEARCHES_PATH } from './ui/saved-search-paths';
import { FILTER_KEYS, SAVED_SEARCH_KINDS, type SavedSearchKind } from './domain/saved-search';

const DONE = ['saved', 'renamed', 'alerts', 'deleted'] as const;
const DEFAULT_NAME = {
  offer: 'marketplace.savedSearch.defaultName',
  need: 'marketplace.savedSearch.needDefaultName',
} as const;

const done = (what: (typeof DONE)[number]) => `${SAVED_SEARCHES_PATH}?done=${what}`;

async function showSearches(
  c: Context<AppEnv>,
  status: 200 | 409 | 422 = 200,
  rename?: RenameState,
) {
  const ctx = c.get('ctx');
  const searches = await mySavedSearches(ctx.deps, ctx);
  const isDone = z.enum(DONE).safeParse(c.req.query('done'));
  const notice =
    status === 409
      ? { kind: 'error' as const, text: ctx.t('marketplace.savedSearch.conflict') }
      : status === 422
        ? { kind: 'error' as const, text: ctx.t('marketplace.savedSearch.invalid') }
        : isDone.success
          ? { kind: 'success' as const, text: ctx.t(`marketplace.savedSearch.done.${isDone.data}`) }
          : undefined;
  c.header('Cache-Control', 'private, no-store');
  return c.html(
    <SavedSearchesPage ctx={ctx} searches={searches} notice={notice} rename={rename} />,
    status,
  );
}

/** The name typed, or else the words searched and the filters. */
function nameOf(c: Context<AppEnv>, body: FormBody, kind: SavedSearchKind, filters: PostedFilters) {
  const { t } = c.get('ctx');
  const described = [filters.q?.trim(), describeFilters(t, { ...filters, q: undefined })];
  return (
    formString(body, 'name').trim() ||
    described.filter(Boolean).join(' · ') ||
    t(DEFAULT_NAME[kind])
  );
}

/** Which list the posted search filters: the offers' unless the form says the needs'. */
const kindOf = (body: FormBody): SavedSearchKind | undefined => {
  const posted = formString(body, 'kind') || 'offer';
  return SAVED_SEARCH_KINDS.find((k) => k === posted);
};

function registerOwnSearches(router: Router) {
  router.page('POST', SAVED_SEARCHES_PATH, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const kind = kindOf(body);
    if (!kind) return showSearches(c, 422);
    const filters = Object.fromEntries(FILTER_KEYS[kind].map((k) => [k, formString(body, k)]));
    const name = nameOf(c, body, kind, filters);
    const result = await saveSearch(ctx.deps, ctx, { kind, filters, name });
    if (!result.ok) return showSearches(c, 422);
    return c.redirect(done('saved'), 303);
  });
  router.page('GET', SAVED_SEARCHES_PATH, policies.signedIn, (c) => showSearches(c));
  router.page('POST', `${SAVED_SEARCHES_PATH}/:id`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const id = routeParam(c, 'id');
    const name = formString(body, 'name');
    try {
      const result = await renameSearch(ctx.deps, ctx, { id, name, version: formVersion(body) });
      if (!result.ok) return showSearches(c, 422, { id, name, errors: result.fields });
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') return showSearches(c, 409);
      throw err;
    }
    return c.redirect(done('renamed'), 303);
  });
  router.page('POST', `${SAVED_SEARCHES_PATH}/:id/alerts`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    const body = await readBody(c);
    const isAlerting = formString(body, 'alerts') === 'on';
    await setSearchAlerts(ctx.deps, ctx, { id: routeParam(c, 'id'), isAlerting });
    return c.redirect(done('alerts'), 303);
  });
  router.page('POST', `${SAVED_SEARCHES_PATH}/:id/delete`, policies.signedIn, async (c) => {
    const ctx = c.get('ctx');
    await deleteSearch(ctx.deps, ctx, routeParam(c, 'id'));
    return c.redirect(done('deleted'), 303);
  });
}

export function registerSavedSearchRoutes(router: Router) {
  registerOwnSearches(router);
  const unsubscribe = `${SAVED_SEARCHES_PATH}/unsubscribe/:token`;
  router.page('GET', unsubscribe, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const token = routeParam(c, 'token');
    const search = await searchOfUnsubscribeLink(ctx.deps, token);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<UnsubscribePage ctx={ctx} token={token} search={search} isDone={false} />);
  });
  router.page('POST', unsubscribe, policies.public, async (c) => {
    const ctx = c.get('ctx');
    const token = routeParam(c, 'token');
    await stopAlertsByToken(ctx.deps, token);
    c.header('Cache-Control', 'private, no-store');
    return c.html(<UnsubscribePage ctx={ctx} token={token} isDone />);
  });
}
