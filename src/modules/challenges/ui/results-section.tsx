// A challenge's results on its page: the winners once the centre announced them; before that the
// centre sees that they are held back and, once solutions are closed, the button to announce them.
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime, type Locale } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import type { ChallengeRow } from '../db/challenges.repository';
import type { challengeResults } from '../services/announce-results';
import { challengePath } from './paths';

const prizeTitle = (locale: Locale, title: { vi: string; en?: string }) =>
  locale === 'en' && title.en?.trim() ? title.en : title.vi;

export function ChallengeResults(props: {
  ctx: RequestContext;
  challenge: ChallengeRow;
  results: Awaited<ReturnType<typeof challengeResults>>;
  isCentre: boolean;
  isOwner: boolean;
  isOpen: boolean;
}) {
  const { ctx, challenge, results } = props;
  const { t, locale } = ctx;
  const mayReadEvaluation = (props.isOwner || props.isCentre) && Boolean(challenge.callId);
  if (!results && !mayReadEvaluation) return null;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t('challenges.results.title')}</h2>
      {mayReadEvaluation && (
        <p>
          <a href={`${challengePath(challenge)}/evaluation`}>{t('challenges.assessment.link')}</a>
        </p>
      )}
      {results ? (
        <>
          <p class="muted">
            {t('challenges.results.announcedAt', {
              at: formatDateTime(results.announcement.announcedAt, locale),
            })}
          </p>
          {results.winners.length === 0 ? (
            <p>{t('challenges.results.none')}</p>
          ) : (
            <ul>
              {results.winners.map((w) => (
                <li>
                  <strong>{w.organizationName}</strong> —{' '}
                  {w.prize ? prizeTitle(locale, w.prize.title) : t('challenges.results.selected')}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <p>{t('challenges.results.held')}</p>
          {props.isCentre && !props.isOpen && (
            <>
              <p class="muted">{t('challenges.results.announceHint')}</p>
              <ActionButton
                action={`${challengePath(challenge)}/results`}
                label={t('challenges.results.announce')}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
