// The public showcase of piloted solutions now in use, and the section of a solver's directory
// profile listing the challenges it solved.
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, formatVnd } from '../../../platform/i18n';
import { Layout } from '../../../platform/ui/layout';
import { jsonLd } from '../../../platform/ui/page-meta';
import type { PilotOutcome } from '../domain/pilot';
import type { ShowcaseEntry } from '../services/showcase';
import { challengePath, SHOWCASE_PATH } from './paths';

const profilePath = (o: { slug: string }) => `/directory/organizations/${o.slug}`;

function Outcome({ ctx, entry }: { ctx: RequestContext; entry: ShowcaseEntry }) {
  const { t, locale } = ctx;
  const { pilot } = entry;
  return (
    <p>
      <strong>{t(`challenges.outcome.${pilot.outcome as PilotOutcome}`)}</strong>
      {pilot.contractValueVnd !== null && <> — {formatVnd(pilot.contractValueVnd, locale)}</>}
    </p>
  );
}

function Entry({ ctx, entry }: { ctx: RequestContext; entry: ShowcaseEntry }) {
  const { t, locale } = ctx;
  return (
    <li class="card">
      <h2>
        <a href={challengePath(entry.challenge)}>{entry.challenge.title}</a>
      </h2>
      <p>
        {entry.owner?.name} ·{' '}
        {entry.solver && <a href={profilePath(entry.solver)}>{entry.solver.name}</a>}
      </p>
      <Outcome ctx={ctx} entry={entry} />
      <ul>
        {entry.courses
          .filter((c) => c.latest !== null)
          .map((c) => (
            <li>
              {t('challenges.showcase.indicator', {
                name: c.indicator.name,
                baseline: formatNumber(c.indicator.baseline, locale),
                latest: formatNumber(c.latest!, locale),
                target: formatNumber(c.indicator.target, locale),
                unit: t(`challenges.unit.${c.indicator.unit}`),
              })}
            </li>
          ))}
      </ul>
      {entry.pilot.ownerStatement && (
        <blockquote class="pre-wrap">{entry.pilot.ownerStatement}</blockquote>
      )}
    </li>
  );
}

export function ShowcasePage({ ctx, entries }: { ctx: RequestContext; entries: ShowcaseEntry[] }) {
  const { t } = ctx;
  const origin = ctx.deps.config.publicUrl;
  const list = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: t('challenges.showcase.title'),
    itemListElement: entries.map((e, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      url: `${origin}${challengePath(e.challenge)}`,
      name: e.challenge.title,
    })),
  };
  return (
    <Layout
      ctx={ctx}
      title={t('challenges.showcase.title')}
      path={SHOWCASE_PATH}
      description={t('challenges.showcase.lead')}
    >
      {jsonLd(list)}
      <h1>{t('challenges.showcase.title')}</h1>
      <p class="lead">{t('challenges.showcase.lead')}</p>
      {entries.length === 0 ? (
        <p>{t('challenges.showcase.none')}</p>
      ) : (
        <ul class="cards">
          {entries.map((entry) => (
            <Entry ctx={ctx} entry={entry} />
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function SolvedChallenges({
  ctx,
  entries,
}: {
  ctx: RequestContext;
  entries: ShowcaseEntry[];
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="solved-challenges">
      <h2 id="solved-challenges">{t('challenges.showcase.solvedByOrganization')}</h2>
      <ul>
        {entries.map((e) => (
          <li>
            <a href={challengePath(e.challenge)}>{e.challenge.title}</a> — {e.owner?.name} (
            {t(`challenges.outcome.${e.pilot.outcome as PilotOutcome}`)})
          </li>
        ))}
      </ul>
    </section>
  );
}
