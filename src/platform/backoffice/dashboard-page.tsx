import { can } from '../authz';
import type { RequestContext } from '../http/context';
import { formatNumber, type MessageKey } from '../i18n';
import { BACKOFFICE_PAGES, BackofficePage } from './components';
import type { DashboardCounts } from './dashboard.repository';

const STATS: { key: keyof DashboardCounts; label: MessageKey; hint?: MessageKey }[] = [
  { key: 'users', label: 'backoffice.stat.users' },
  { key: 'verifiedUsers', label: 'backoffice.stat.verifiedUsers' },
  {
    key: 'pendingMails',
    label: 'backoffice.stat.pendingMails',
    hint: 'backoffice.stat.pendingMails.hint',
  },
  { key: 'auditSince', label: 'backoffice.stat.audit' },
];

export function DashboardPage({ ctx, counts }: { ctx: RequestContext; counts: DashboardCounts }) {
  const { t } = ctx;
  const pages = BACKOFFICE_PAGES.filter((p) => p.description && can(ctx.actor, p.capability));
  return (
    <BackofficePage
      ctx={ctx}
      path="/admin"
      title={t('backoffice.dashboard.title')}
      lead={t('backoffice.dashboard.lead')}
    >
      <section aria-labelledby="numbers">
        <h2 id="numbers">{t('backoffice.dashboard.numbers')}</h2>
        <ul class="cards">
          {STATS.map((s) => (
            <li class="card">
              <h3>{t(s.label)}</h3>
              <p>
                <strong data-stat={s.key}>{formatNumber(counts[s.key], ctx.locale)}</strong>
              </p>
              {s.hint && <p>{t(s.hint)}</p>}
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
