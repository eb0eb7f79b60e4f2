import type { MessageKey, Translate } from '../../../platform/i18n';
import type { PageNotice } from '../../../platform/ui/notice';

/**
 * After a POST the browser is redirected with `?done=<what>`; only the outcomes a page lists are
 * turned into a message, so the query cannot put arbitrary text on the page.
 */
export function doneNotice(
  t: Translate,
  done: string | undefined,
  known: Record<string, MessageKey>,
): PageNotice | undefined {
  const key = done && Object.hasOwn(known, done) ? known[done] : undefined;
  return key ? { kind: 'success', text: t(key) } : undefined;
}
