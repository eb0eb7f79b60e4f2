// What the programmes' route files share beyond the web kit: the posted form's text, the call a
// route names, notices in the reader's language, and the success notice a redirect asks for with
// ?done=.
import type { AppContext } from '../../platform/http/context';
import { readBody, routeParam } from '../../platform/http/form-reader';
import type { MessageKey } from '../../platform/i18n';
import { textValues, type FormValues } from '../../platform/input/form-values';
import type { PageNotice } from '../../platform/ui/notice';
import { getCall } from './services/calls/calls.queries';

/** The posted form's text values (urlencoded or multipart). */
export const postedValues = async (c: AppContext): Promise<FormValues> =>
  textValues(await readBody(c));

/** The call a route names by :slug and :call, with its programme; NOT_FOUND unless visible. */
export function routeCall(c: AppContext) {
  const ctx = c.get('ctx');
  return getCall(ctx.deps, ctx, {
    programmeSlug: routeParam(c, 'slug'),
    callSlug: routeParam(c, 'call'),
  });
}

/** A notice in the reader's language. */
export const notice = (
  c: AppContext,
  key: MessageKey,
  kind: PageNotice['kind'] = 'success',
): PageNotice => ({ kind, text: c.get('ctx').t(key) });

/**
 * The success notice named by `?done=` among the page's own (`done`), else none: an unknown
 * name in a shared link shows nothing rather than a raw key.
 */
export function doneNotice(
  c: AppContext,
  done: Readonly<Record<string, MessageKey>>,
): PageNotice | undefined {
  const name = c.req.query('done');
  const key = name && Object.hasOwn(done, name) ? done[name] : undefined;
  return key ? notice(c, key) : undefined;
}
