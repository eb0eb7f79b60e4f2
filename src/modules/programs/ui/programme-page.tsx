import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, formatVnd } from '../../../platform/i18n';
import { Notice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';
import type { CallRow } from '../db/calls.repository';
import type {
  OrganizationRef,
  ProgrammeDocumentRow,
  ProgrammeRow,
} from '../db/programmes.repository';
import { phaseAt } from '../domain/call-window';
import { vnDeadline } from '../../../platform/i18n';
import { canManageProgrammes, STAFF_PATH } from '../permissions';
import type { PastResult } from '../services/programmes/programme-results.queries';
import { APPLICATIONS_PATH, applyPath } from './application-pages';
import { WinnersLink } from './decision-winners-link';
import { inLocale, kindLabel, phaseLabel, statusLabel } from './labels';
import { ProgrammeDocuments } from './programme-documents';
import { PastResults } from './programme-results';
import { PUBLIC_PATH } from './programmes-page';

/** Text typed with blank lines between paragraphs: one <p> each, its line breaks kept. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <div class="prose">
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => (
          <p>
            {p
              .trim()
              .split('\n')
              .flatMap((line, i) => (i === 0 ? [line] : [<br />, line]))}
          </p>
        ))}
    </div>
  );
}

function CallTimeline(props: {
  ctx: RequestContext;
  programmeSlug: string;
  calls: CallRow[];
  now: Date;
}) {
  const { ctx, calls, now } = props;
  const { t, locale } = ctx;
  if (calls.length === 0) return <p class="muted">{t('programs.calls.none')}</p>;
  return (
    <ol class="stack">
      {calls.map((call) => {
        const phase = call.status === 'archived' ? 'closed' : phaseAt(call, now);
        return (
          <li>
            <h3>{inLocale(locale, call.titleVi, call.titleEn)}</h3>
            <p class="tags">
              <span class={phase === 'open' ? 'badge ok' : 'badge'}>{phaseLabel(t, phase)}</span>
              {call.status === 'draft' && <span class="badge">{statusLabel(t, 'draft')}</span>}
            </p>
            <p>
              {t('programs.calls.window', {
                opens: vnDeadline(call.opensAt, locale),
                closes: vnDeadline(call.closesAt, locale),
              })}
            </p>
            {phase === 'open' && call.status === 'published' && (
              <p>
                <a class="button" href={applyPath(props.programmeSlug, call.slug)}>
                  {t('programs.apply.button')}
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function ProgrammePage(props: {
  ctx: RequestContext;
  programme: ProgrammeRow;
  calls: CallRow[];
  documents: ProgrammeDocumentRow[];
  pastResults: PastResult[];
  postingOrganization?: OrganizationRef;
  now: Date;
}) {
  const { ctx, programme: p, calls, postingOrganization, now } = props;
  const { t, locale } = ctx;
  const text = (vi: string, en: string) => inLocale(locale, vi, en);
  const title = text(p.titleVi, p.titleEn);
  const section = (key: 'goals' | 'benefits' | 'eligibility', vi: string, en: string) =>
    text(vi, en) && (
      <section aria-labelledby={`h-${key}`}>
        <h2 id={`h-${key}`}>{t(`programs.page.${key}`)}</h2>
        <Paragraphs text={text(vi, en)} />
      </section>
    );
  return (
    <Layout
      ctx={ctx}
      title={title}
      path={`${PUBLIC_PATH}/${p.slug}`}
      description={text(p.summaryVi, p.summaryEn) || undefined}
    >
      <p>
        <a href={PUBLIC_PATH}>{t('programs.title')}</a>
      </p>
      <h1>{title}</h1>
      <p class="tags">
        <span class="badge">{kindLabel(t, p.kind)}</span>
        {p.status !== 'published' && <span class="badge">{statusLabel(t, p.status)}</span>}
      </p>
      {p.status === 'archived' && <Notice>{t('programs.page.archived')}</Notice>}
      {canManageProgrammes(ctx.actor) && (
        <p>
          <a href={`${STAFF_PATH}/${p.slug}/edit`}>{t('programs.staff.edit')}</a>
        </p>
      )}
      {text(p.summaryVi, p.summaryEn) && <p class="lead">{text(p.summaryVi, p.summaryEn)}</p>}
      <dl class="facts">
        {p.fundingCapVnd !== null && (
          <>
            <dt>{t('programs.page.fundingCap')}</dt>
            <dd>{t('programs.page.upTo', { amount: formatVnd(p.fundingCapVnd, locale) })}</dd>
          </>
        )}
        {p.maxDurationMonths !== null && (
          <>
            <dt>{t('programs.page.duration')}</dt>
            <dd>
              {t('programs.page.months', { months: formatNumber(p.maxDurationMonths, locale) })}
            </dd>
          </>
        )}
        {postingOrganization && (
          <>
            <dt>{t('programs.page.postedBy')}</dt>
            <dd>
              <a href={`/directory/organizations/${postingOrganization.slug}`}>
                {postingOrganization.name}
              </a>
            </dd>
          </>
        )}
      </dl>
      {section('goals', p.goalsVi, p.goalsEn)}
      {section('benefits', p.benefitsVi, p.benefitsEn)}
      {section('eligibility', p.eligibilityVi, p.eligibilityEn)}
      {p.kind === 'competition' && (p.categories.length > 0 || p.prizes.length > 0) && (
        <section aria-labelledby="h-competition">
          <h2 id="h-competition">{t('programs.page.competition')}</h2>
          {p.categories.length > 0 && (
            <>
              <h3>{t('programs.page.categories')}</h3>
              <ul>
                {p.categories.map((c) => (
                  <li>{text(c.vi, c.en)}</li>
                ))}
              </ul>
            </>
          )}
          {p.prizes.length > 0 && (
            <>
              <h3>{t('programs.page.prizes')}</h3>
              <ul>
                {p.prizes.map((prize) => (
                  <li>
                    {text(prize.title.vi, prize.title.en)}
                    {prize.amountVnd && `: ${formatVnd(BigInt(prize.amountVnd), locale)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <section aria-labelledby="h-calls">
        <h2 id="h-calls">{t('programs.page.calls')}</h2>
        <p class="muted">{t('programs.calls.timeZone')}</p>
        <CallTimeline ctx={ctx} programmeSlug={p.slug} calls={calls} now={now} />
        <WinnersLink ctx={ctx} programme={p} />
        {ctx.actor.kind === 'user' && (
          <p>
            <a href={APPLICATIONS_PATH}>{t('programs.application.mine')}</a>
          </p>
        )}
      </section>
      <ProgrammeDocuments ctx={ctx} slug={p.slug} documents={props.documents} />
      <PastResults ctx={ctx} results={props.pastResults} />
      {p.faq.length > 0 && (
        <section aria-labelledby="h-faq">
          <h2 id="h-faq">{t('programs.page.faq')}</h2>
          {p.faq.map((entry) => (
            <details>
              <summary>{text(entry.question.vi, entry.question.en)}</summary>
              <Paragraphs text={text(entry.answer.vi, entry.answer.en)} />
            </details>
          ))}
        </section>
      )}
    </Layout>
  );
}
