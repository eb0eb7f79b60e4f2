import type { RequestContext } from '../http/context';
import { formatNumber } from '../i18n';
import type { Figure, NavEntry, WorkItem } from '../modules/manifest';
import { WorkWaiting } from '../ui/work-waiting';
import { BackofficePage } from './components';

interface DashboardProps {
  ctx: RequestContext;
  figures: Figure[];
  work: WorkItem[];
  /** The back-office pages the actor may open, the overview itself left out. */
  pages: NavEntry[];
}

export function DashboardPage({ ctx, figures, work, pages }: DashboardProps) {
  const { t } = ctx;
  return (
    <BackofficePage
      ctx={ctx}
      path="/admin"
      title={t('backoffice.dashboard.title')}
      lead={t('backoffice.dashboard.lead')}
    >
      <WorkWaiting ctx={ctx} items={work} />
      <section aria-labelledby="numbers">
        <h2 id="numbers">{t('backoffice.dashboard.numbers')}</h2>
        <ul class="cards">
          {figures.map((f) => (
            <li class="card">
              <h3>{t(f.label)}</h3>
              <p>
                <strong data-stat={f.id}>{formatNumber(f.value, ctx.locale)}</strong>
              </p>
              {f.hint && <p>{t(f.hint)}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pages">
        <h2 id="pages">{t('backoffice.dashboard.pages')}</h2>
        {pages.length === 0 ? (
          <p class="muted">{t('backoffice.dashboard.noPages')}</p>
        ) : (
          <ul class="cards">
            {pages.map((p) => (
              <li class="card">
                <h3>
                  <a href={p.path}>{t(p.title)}</a>
                </h3>
                {p.description && <p>{t(p.description)}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </BackofficePage>
  );
}
