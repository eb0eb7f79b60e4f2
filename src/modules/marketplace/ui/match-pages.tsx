// Suggestions for a listing's owner and the centre: ranked counterparts, why each fits, and a
// one-button request for an introduction (the owner's people only: they ask for their
// organisation).
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import type { Reason } from '../domain/matching';
import type { Suggestion } from '../services/matching';
import { sectorLabel, transferLabel } from './labels';
import {
  DeclinedList,
  DeclineForm,
  reasonLabel,
  type DeclinedItem,
  type DeclineState,
} from './match-declines';
import { INTRODUCTIONS_PATH, needPath, offerPath } from './paths';
import type { PotentialAdopter } from '../services/potential-adopters';
import { AdoptersSection } from './adopters';

function reasonText(ctx: RequestContext, r: Reason): string {
  const { t } = ctx;
  switch (r.kind) {
    case 'words':
      return t('marketplace.match.reason.words', { words: r.words.join(', ') });
    case 'sectors':
      return t('marketplace.match.reason.sectors', {
        sectors: r.sectors.map((s) => sectorLabel(t, s)).join(', '),
      });
    case 'trl':
      return t('marketplace.match.reason.trl', { trl: r.trl });
    case 'transfer':
      return t('marketplace.match.reason.transfer', {
        forms: r.forms.map((f) => transferLabel(t, f)).join(', '),
      });
    case 'budget':
      return t('marketplace.match.reason.budget');
    case 'province':
      return t('marketplace.match.reason.province');
  }
}

export interface MatchPageProps {
  ctx: RequestContext;
  /** The listing suggestions are for. */
  of: { kind: 'offer' | 'need'; id: string; title: string; ownerSlug: string };
  suggestions: Suggestion<{ id: string; title: string; ownerOrgId: string }>[];
  /** The owner's people ask for an introduction in one step; the centre's staff see only. */
  mayAsk: boolean;
  declined: DeclinedItem[];
  /** A refused decline, shown again on its card. */
  declineState?: DeclineState;
  notice?: PageNotice;
  /** An offer's: the directory's organisations that could adopt it. */
  adopters?: PotentialAdopter[];
}

export function MatchPage(props: MatchPageProps) {
  const { ctx, of } = props;
  const { t, locale } = ctx;
  const base = of.kind === 'need' ? needPath(of.id) : offerPath(of.id);
  const counterpart = of.kind === 'need' ? 'offer' : 'need';
  const pathOf = counterpart === 'offer' ? offerPath : needPath;
  const title = t(
    of.kind === 'need' ? 'marketplace.match.offersTitle' : 'marketplace.match.needsTitle',
    { title: of.title },
  );
  return (
    <Layout ctx={ctx} title={title} path={`${base}/matches`}>
      <p class="muted">
        <a href={base}>{of.title}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{t('marketplace.match.lead')}</p>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {props.suggestions.length === 0 ? (
        <p class="muted">{t('marketplace.match.none')}</p>
      ) : (
        <ol class="cards">
          {props.suggestions.map((s) => (
            <li class="card">
              <h2>
                <a href={pathOf(s.listing.id)}>{s.listing.title}</a>
              </h2>
              <p>
                {s.ownerName} ·{' '}
                {t('marketplace.match.score', {
                  percent: formatNumber(Math.round(s.score * 100), locale),
                })}
              </p>
              <p class="muted">{t('marketplace.match.reasons')}:</p>
              <ul>
                {s.reasons.map((r) => (
                  <li>{reasonText(ctx, r)}</li>
                ))}
              </ul>
              {s.lowered && (
                <p class="muted">
                  {t(`marketplace.decline.lowered.${counterpart}`, {
                    reason: reasonLabel(ctx, s.lowered),
                  })}
                </p>
              )}
              {props.mayAsk && (
                <ActionButton
                  action={`${INTRODUCTIONS_PATH}/new`}
                  label={t('marketplace.match.introduce')}
                  ariaLabel={`${t('marketplace.match.introduce')}: ${s.listing.title}`}
                  hidden={{
                    [counterpart]: s.listing.id,
                    requesterOrg: of.ownerSlug,
                    message: t('marketplace.match.message', { title: of.title }),
                  }}
                />
              )}
              <DeclineForm
                ctx={ctx}
                base={base}
                counterpart={{ id: s.listing.id, title: s.listing.title }}
                state={props.declineState}
              />
            </li>
          ))}
        </ol>
      )}
      {props.adopters && <AdoptersSection ctx={ctx} adopters={props.adopters} />}
      <DeclinedList ctx={ctx} base={base} items={props.declined} />
    </Layout>
  );
}
