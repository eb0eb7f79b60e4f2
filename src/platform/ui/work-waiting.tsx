import type { RequestContext } from '../http/context';
import { formatNumber } from '../i18n';
import type { WorkItem } from '../modules/manifest';

/** What waits for the actor, as counted by each module, with a link to act on each. */
export function WorkWaiting({ ctx, items }: { ctx: RequestContext; items: WorkItem[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="work-waiting">
      <h2 id="work-waiting">{t('work.title')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('work.none')}</p>
      ) : (
        <ul class="cards">
          {items.map((w) => (
            <li class="card" data-work={w.id}>
              <a href={w.href}>{t(w.label, { count: formatNumber(w.count, ctx.locale) })}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
