// A challenge's public page: the problem, its indicators, the rewards, eligibility and timeline,
// documents and datasets, the questions answered for all, and the agreement a solver accepts
// before proposing a solution.
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { FormValues } from '../../../platform/input/form-values';
import { formatDateTime, formatVnd } from '../../../platform/i18n';
import { ActionButton } from '../../../platform/ui/action-button';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Checkbox } from '../../../platform/ui/choice-controls';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { PageMeta } from '../../../platform/ui/page-meta';
import { LongTextField } from '../../../platform/ui/text-controls';
import { isSignedIn } from '../../../platform/authz';
import { isCorrectable } from '../domain/challenge-edit';
import { canAnswerQuestions, canManageChallenge } from '../permissions';
import type { ChallengePage as ChallengePageData } from '../services/challenges.queries';
import { challengePath } from './paths';
import { pilotFormPath } from './pilot-form-page';
import { taskOrderPath } from './task-order-page';
import { ProblemText } from './problem-text';
import { ChallengeResults } from './results-section';
import { ChallengeDocuments, ChangeLog } from './challenge-records';
import { ownerCollectionPath, sectorCollectionPath } from './collection-paths';
import { CollectionLinks } from './collection-pages';

type Props = { ctx: RequestContext; data: ChallengePageData; errors?: FieldErrors };

function Rewards({ ctx, data }: Props) {
  const { t, locale } = ctx;
  return (
    <section aria-labelledby="rewards-title">
      <h2 id="rewards-title">{t('challenges.challenge.rewards')}</h2>
      <ul>
        {data.challenge.rewards.map((r) => (
          <li>
            <strong>{t(`challenges.reward.${r.kind}`)}</strong>: {r.description}
            {r.amountVnd && <> — {formatVnd(BigInt(r.amountVnd), locale)}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AnswerForm({ ctx, data, q }: Props & { q: ChallengePageData['questions'][number] }) {
  const { t } = ctx;
  const action = `${challengePath(data.challenge)}/questions/${q.id}/answer`;
  return (
    <form method="post" action={action} class="stack">
      <input type="hidden" name="version" value={String(q.version)} />
      <LongTextField
        t={t}
        name="answer"
        id={`answer-${q.id}`}
        label={t('challenges.qa.answer')}
        rows={3}
      />
      <p class="row">
        <button type="submit">{t('challenges.qa.publish')}</button>
        <button type="submit" name="dismiss" value="1" class="secondary">
          {t('challenges.qa.dismiss')}
        </button>
      </p>
    </form>
  );
}

function Questions(props: Props) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const answers = canAnswerQuestions(data.access);
  return (
    <section aria-labelledby="qa-title">
      <h2 id="qa-title">{t('challenges.qa.title')}</h2>
      {data.questions.length === 0 && <p class="muted">{t('challenges.qa.none')}</p>}
      <ol class="stack">
        {data.questions.map((q) => (
          <li class="card">
            <p class="muted">
              {q.isAskedPublicly ? q.askerName : t('challenges.qa.anonymous')} ·{' '}
              {formatDateTime(q.createdAt, locale)}
              {q.status === 'pending' && <> · {t('challenges.qa.pending')}</>}
            </p>
            <p class="pre-line">{q.question}</p>
            {q.status === 'published' && (
              <p class="pre-line">
                <strong>{t('challenges.qa.answerBy', { owner: data.owner?.name ?? '' })}</strong>{' '}
                {q.answer}
              </p>
            )}
            {answers && q.status === 'pending' && <AnswerForm {...props} q={q} />}
          </li>
        ))}
      </ol>
      {data.isOpen && isSignedIn(ctx.actor) && (
        <form method="post" action={`${challengePath(data.challenge)}/questions`} class="stack">
          <input type="hidden" name="requestToken" value={randomBytes(12).toString('base64url')} />
          <LongTextField
            t={t}
            name="question"
            label={t('challenges.qa.ask')}
            hint={t('challenges.qa.askHint')}
            errors={props.errors}
            rows={3}
            required
          />
          <Checkbox t={t} name="isAskedPublicly" label={t('challenges.qa.askPublicly')} />
          <p>
            <button type="submit">{t('challenges.qa.send')}</button>
          </p>
        </form>
      )}
      {data.isOpen && !isSignedIn(ctx.actor) && (
        <p>
          <a href={`/login?next=${encodeURIComponent(challengePath(data.challenge))}`}>
            {t('challenges.qa.signInToAsk')}
          </a>
        </p>
      )}
    </section>
  );
}

function Agreement({ ctx, data }: Props) {
  const { t, locale } = ctx;
  const accepted = new Map(data.acceptances.map((a) => [a.organizationId, a]));
  return (
    <section aria-labelledby="agreement-title">
      <h2 id="agreement-title">
        {t('challenges.agreement.title', { version: data.challenge.agreementVersion })}
      </h2>
      <div class="card pre-line">{data.challenge.agreementText}</div>
      {data.access.solverOrganizations.map((o) => {
        const a = accepted.get(o.id);
        return a ? (
          <p>
            {t('challenges.agreement.accepted', {
              organization: o.name,
              version: a.agreementVersion,
              at: formatDateTime(a.acceptedAt, locale),
            })}{' '}
            <a class="button" href={`${challengePath(data.challenge)}/solve?organization=${o.id}`}>
              {t('challenges.solve.action')}
            </a>
          </p>
        ) : (
          data.isOpen && (
            <form
              method="post"
              action={`${challengePath(data.challenge)}/agreement`}
              class="inline"
            >
              <input type="hidden" name="organizationId" value={o.id} />
              <input
                type="hidden"
                name="agreementVersion"
                value={String(data.challenge.agreementVersion)}
              />
              <button type="submit">
                {t('challenges.agreement.accept', { organization: o.name })}
              </button>
            </form>
          )
        );
      })}
    </section>
  );
}

export function ChallengePage(
  props: Props & { notice?: PageNotice; origin: string; values?: FormValues },
) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const c = data.challenge;
  const title = c.track ? `${c.title} — ${c.track}` : c.title;
  const url = `${props.origin}${challengePath(c)}`;
  return (
    <Layout
      ctx={ctx}
      title={title}
      path={challengePath(c)}
      head={
        <PageMeta
          url={url}
          title={title}
          description={c.summary}
          locale={locale}
          type="article"
          data={
            c.isConfidential
              ? undefined
              : {
                  '@context': 'https://schema.org',
                  '@type': 'Grant',
                  name: title,
                  description: c.summary,
                  url,
                  funder: data.owner && { '@type': 'Organization', name: data.owner.legalName },
                }
          }
        />
      }
    >
      <p class="muted">
        {data.owner && <a href={ownerCollectionPath(data.owner)}>{data.owner.name}</a>}
        {c.sector && (
          <>
            {' · '}
            <a href={sectorCollectionPath(c.sector)}>
              {t(`directory.sector.${c.sector}` as never)}
            </a>
          </>
        )}
        {' · '}
        {t(`challenges.challengeStatus.${c.status}` as never)}
        {c.isConfidential && <> · {t('challenges.problem.confidential')}</>}
      </p>
      <h1>{title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary t={t} errors={props.errors} />
      <p class="lead">{c.summary}</p>
      <dl>
        <dt>{t('challenges.challenge.opensAt')}</dt>
        <dd>{formatDateTime(c.opensAt, locale)}</dd>
        <dt>{t('challenges.challenge.closesAt')}</dt>
        <dd>{formatDateTime(c.closesAt, locale)}</dd>
      </dl>
      {canManageChallenge(data.access) && isCorrectable(c.status) && (
        <p>
          <a href={`${challengePath(c)}/edit`}>{t('challenges.edit.link')}</a>
        </p>
      )}
      <ChangeLog {...props} />
      <section aria-labelledby="problem-title">
        <h2 id="problem-title">{t('challenges.challenge.problem')}</h2>
        <ProblemText ctx={ctx} problem={data.problem} />
      </section>
      <Rewards {...props} />
      {c.eligibility && (
        <section aria-labelledby="eligibility-title">
          <h2 id="eligibility-title">{t('challenges.challenge.eligibility')}</h2>
          <p class="pre-line">{c.eligibility}</p>
        </section>
      )}
      <ChallengeDocuments {...props} />
      <ChallengeResults
        ctx={ctx}
        challenge={c}
        results={data.results}
        isCentre={data.access.isCentre}
        isOwner={data.access.isOwner}
        isOpen={data.isOpen}
      />
      {data.access.isCentre && !c.callId && (
        <ActionButton
          action={`${challengePath(c)}/call`}
          label={t('challenges.call.open')}
          kind="secondary"
        />
      )}
      {data.access.isCentre && (
        <p>
          <a href={pilotFormPath(c)}>{t('challenges.pilot.list')}</a>
          {' · '}
          <a href={taskOrderPath(c)}>{t('challenges.taskOrder.link')}</a>
        </p>
      )}
      <Agreement {...props} />
      <Questions {...props} />
      <CollectionLinks ctx={ctx} />
    </Layout>
  );
}
