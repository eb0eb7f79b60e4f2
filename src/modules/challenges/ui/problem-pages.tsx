// An owner's problems, the new-problem form and a problem's page: its text (a form while it may
// change), the scoping steps, the conversation with the centre, the kept versions, the invited
// solvers of a confidential problem and the challenges published from it.
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { formatDateTime } from '../../../platform/i18n';
import type { Paged } from '../../../platform/input/paging';
import { ActionButton } from '../../../platform/ui/action-button';
import { DataTable } from '../../../platform/ui/data-table';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Layout } from '../../../platform/ui/layout';
import { Notice, type PageNotice } from '../../../platform/ui/notice';
import { ListPager } from '../../../platform/ui/pager';
import { LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { DirectoryOrganizationFacts } from '../../directory';
import type { ProblemRow } from '../db/problems.repository';
import { stepsFrom } from '../domain/problem';
import { canEditProblem, canTakeStep, PROBLEMS_PATH, STAFF_PATH } from '../permissions';
import type { ProblemFormState } from '../services/problem-form';
import type { ProblemPage as ProblemPageData } from '../services/problems.queries';
import { challengePath } from './paths';
import { ProblemFields } from './problem-form';
import { ProblemText } from './problem-text';

export function ProblemTable(props: {
  ctx: RequestContext;
  result: Paged<ProblemRow>;
  owners: Map<string, DirectoryOrganizationFacts>;
}) {
  const { t, locale } = props.ctx;
  return (
    <DataTable
      rows={props.result.rows}
      caption={t('challenges.problems.caption')}
      columns={[
        {
          key: 'title',
          label: t('challenges.problem.title'),
          isRowHeader: true,
          cell: (p) => <a href={`${PROBLEMS_PATH}/${p.id}`}>{p.title}</a>,
        },
        {
          key: 'owner',
          label: t('challenges.problem.owner'),
          cell: (p) => props.owners.get(p.ownerOrganizationId)?.name ?? '',
        },
        {
          key: 'status',
          label: t('challenges.problem.status'),
          cell: (p) => t(`challenges.status.${p.status}` as never),
        },
        {
          key: 'updated',
          label: t('challenges.problem.updatedAt'),
          cell: (p) => formatDateTime(p.updatedAt, locale),
        },
      ]}
    />
  );
}

export function OwnProblemsPage(props: {
  ctx: RequestContext;
  result: Paged<ProblemRow> & { owners: Map<string, DirectoryOrganizationFacts> };
  canCreate: boolean;
}) {
  const { ctx, result } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('challenges.problems.title')} path={PROBLEMS_PATH}>
      <h1>{t('challenges.problems.title')}</h1>
      <p class="lead">{t('challenges.problems.lead')}</p>
      {props.canCreate ? (
        <p>
          <a class="button" href={`${PROBLEMS_PATH}/new`}>
            {t('challenges.problems.new')}
          </a>
        </p>
      ) : (
        <Notice>{t('challenges.problems.noOwner')}</Notice>
      )}
      {result.rows.length === 0 ? (
        <p class="muted">{t('challenges.problems.empty')}</p>
      ) : (
        <>
          <ProblemTable ctx={ctx} result={result} owners={result.owners} />
          <ListPager t={t} locale={locale} result={result} path={PROBLEMS_PATH} filters={{}} />
        </>
      )}
    </Layout>
  );
}

export function NewProblemPage(props: {
  ctx: RequestContext;
  owners: DirectoryOrganizationFacts[];
  state: ProblemFormState;
  errors?: FieldErrors;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('challenges.problems.new')} path={`${PROBLEMS_PATH}/new`}>
      <h1>{t('challenges.problems.new')}</h1>
      <p class="lead">{t('challenges.problem.guide')}</p>
      <ErrorSummary t={t} errors={props.errors} />
      <form method="post" action={`${PROBLEMS_PATH}/new`} class="stack" novalidate>
        <ProblemFields ctx={ctx} state={props.state} errors={props.errors} owners={props.owners} />
        <p>
          <button type="submit">{t('challenges.problem.saveDraft')}</button>
        </p>
      </form>
    </Layout>
  );
}

function StepButtons({ ctx, data }: { ctx: RequestContext; data: ProblemPageData }) {
  const { t } = ctx;
  const { problem, access } = data;
  const steps = stepsFrom(problem.status).filter((s) => canTakeStep(access, s));
  if (steps.length === 0) return null;
  const action = `${PROBLEMS_PATH}/${problem.id}/step`;
  return (
    <section aria-labelledby="steps-title" class="card">
      <h2 id="steps-title">{t('challenges.problem.steps')}</h2>
      {steps
        .filter((s) => s !== 'request_changes')
        .map((step) => (
          <ActionButton
            action={action}
            label={t(`challenges.step.${step}`)}
            kind={step === 'withdraw' ? 'danger' : 'primary'}
            hidden={{ step, version: problem.version }}
          />
        ))}
      {steps.includes('request_changes') && (
        <form method="post" action={action} class="stack">
          <input type="hidden" name="step" value="request_changes" />
          <input type="hidden" name="version" value={String(problem.version)} />
          <LongTextField
            t={t}
            name="comment"
            id="change-request"
            label={t('challenges.problem.changeRequest')}
            rows={3}
          />
          <p>
            <button type="submit" class="secondary">
              {t('challenges.step.request_changes')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

function Conversation({ ctx, data }: { ctx: RequestContext; data: ProblemPageData }) {
  const { t, locale } = ctx;
  return (
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">{t('challenges.problem.comments')}</h2>
      {data.comments.length === 0 && <p class="muted">{t('challenges.problem.noComments')}</p>}
      <ol class="stack">
        {data.comments.map((c) => (
          <li class={c.kind === 'change_request' ? 'card change-request' : 'card'}>
            <p class="muted">
              {c.authorName} ·{' '}
              {t(c.isCentre ? 'challenges.problem.centre' : 'challenges.problem.ownerSide')} ·{' '}
              {formatDateTime(c.createdAt, locale)}
              {c.kind === 'change_request' && <> · {t('challenges.problem.changeRequested')}</>}
            </p>
            <p class="pre-line">{c.body}</p>
          </li>
        ))}
      </ol>
      <form method="post" action={`${PROBLEMS_PATH}/${data.problem.id}/comments`} class="stack">
        <LongTextField
          t={t}
          name="body"
          label={t('challenges.problem.addComment')}
          rows={3}
          required
        />
        <p>
          <button type="submit" class="secondary">
            {t('challenges.problem.sendComment')}
          </button>
        </p>
      </form>
    </section>
  );
}

function Versions({ ctx, data }: { ctx: RequestContext; data: ProblemPageData }) {
  const { t, locale } = ctx;
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t('challenges.problem.versions')}</h2>
      <ol reversed class="versions">
        {data.versions.map((v) => (
          <li>
            {t('challenges.problem.versionLine', {
              version: v.version,
              action: t(`challenges.action.${v.action}` as never),
              by: v.editedByName,
              at: formatDateTime(v.editedAt, locale),
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Invitations({ ctx, data }: { ctx: RequestContext; data: ProblemPageData }) {
  const { t } = ctx;
  if (!data.problem.isConfidential) return null;
  return (
    <section aria-labelledby="invited-title">
      <h2 id="invited-title">{t('challenges.problem.invited')}</h2>
      <p class="muted">{t('challenges.problem.invitedLead')}</p>
      <ul>
        {data.invited.map((o) => (
          <li>{o.name}</li>
        ))}
      </ul>
      <form method="post" action={`${PROBLEMS_PATH}/${data.problem.id}/invitations`} class="stack">
        <TextField
          t={t}
          name="organizationSlug"
          label={t('challenges.problem.inviteSlug')}
          hint={t('challenges.problem.inviteSlugHint')}
          required
        />
        <p>
          <button type="submit" class="secondary">
            {t('challenges.problem.invite')}
          </button>
        </p>
      </form>
    </section>
  );
}

export function ProblemPage(props: {
  ctx: RequestContext;
  data: ProblemPageData;
  state?: ProblemFormState;
  version?: number;
  errors?: FieldErrors;
  notice?: PageNotice;
  current?: ProblemFormState;
}) {
  const { ctx, data } = props;
  const { t } = ctx;
  const { problem, access } = data;
  const path = `${PROBLEMS_PATH}/${problem.id}`;
  const isEditable = canEditProblem(access, problem.status);
  return (
    <Layout ctx={ctx} title={problem.title} path={path}>
      <p class="muted">
        {data.owner?.name} · {t(`challenges.status.${problem.status}` as never)}
        {problem.isConfidential && <> · {t('challenges.problem.confidential')}</>}
      </p>
      <h1>{problem.title}</h1>
      {props.notice && <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      <ErrorSummary t={t} errors={props.errors} />
      <StepButtons ctx={ctx} data={data} />
      {isEditable && props.state ? (
        <form method="post" action={path} class="stack" novalidate>
          <input type="hidden" name="version" value={String(props.version ?? problem.version)} />
          <ProblemFields
            ctx={ctx}
            state={props.state}
            errors={props.errors}
            current={props.current}
          />
          <p>
            <button type="submit">{t('challenges.problem.save')}</button>
          </p>
        </form>
      ) : (
        <ProblemText ctx={ctx} problem={problem} />
      )}
      {access.isCentre && problem.status === 'approved' && (
        <p>
          <a class="button" href={`${STAFF_PATH}/problems/${problem.id}/publish`}>
            {t('challenges.publish.action')}
          </a>
        </p>
      )}
      {data.challenges.length > 0 && (
        <section aria-labelledby="published-title">
          <h2 id="published-title">{t('challenges.problem.published')}</h2>
          <ul>
            {data.challenges.map((c) => (
              <li>
                <a href={challengePath(c)}>{c.track ? `${c.title} — ${c.track}` : c.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Conversation ctx={ctx} data={data} />
      <Invitations ctx={ctx} data={data} />
      <Versions ctx={ctx} data={data} />
    </Layout>
  );
}
