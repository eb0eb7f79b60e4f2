// "Past results" on a programme's page: each closed call with the winners staff published,
// organisations linked to their directory profiles.
import type { RequestContext } from '../../../platform/http/context';
import type { PastResult } from '../services/programmes/programme-results.queries';
import { inLocale } from './labels';

export function PastResults(props: { ctx: RequestContext; results: PastResult[] }) {
  const { ctx, results } = props;
  const { t, locale } = ctx;
  if (results.length === 0) return null;
  return (
    <section aria-labelledby="h-results">
      <h2 id="h-results">{t('programs.results.title')}</h2>
      {results.map(({ call, winners }) => (
        <>
          <h3>{inLocale(locale, call.titleVi, call.titleEn)}</h3>
          {winners.length === 0 ? (
            <p class="muted">{t('programs.results.none')}</p>
          ) : (
            <ul>
              {winners.map((w) => (
                <li>
                  {w.organizationSlug ? (
                    <a href={`/directory/organizations/${w.organizationSlug}`}>
                      {w.organizationName}
                    </a>
                  ) : (
                    w.organizationName
                  )}{' '}
                  —{' '}
                  {w.prize
                    ? inLocale(locale, w.prize.title.vi, w.prize.title.en)
                    : t('programs.decision.outcome.accepted')}
                </li>
              ))}
            </ul>
          )}
        </>
      ))}
    </section>
  );
}
