// The applicant's pages: may I apply (every reason, in the reader's language), the form, the
// status of one application, and "My applications".
import type { RequestContext } from '../../../platform/http/context';
import { isMessageKey, type MessageKey, type Translate } from '../../../platform/i18n';
import type { FieldErrors } from '../../../platform/errors';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { Notice } from '../../../platform/ui/notice';
import { Layout } from '../../../platform/ui/layout';
import type { CallRow } from '../db/calls.repository';
import type { ProgrammeRow } from '../db/programmes.repository';
import type { TAnswerError } from '../domain/answers';
import type { TAnswers } from '../domain/call-form';
import type { TEligibilityReason } from '../domain/eligibility';
import { vnDeadline } from '../../../platform/i18n';
import type { ApplyOption } from '../services/applications/application-page';
import type {
  ApplicationToEdit,
  ApplicationView,
} from '../services/applications/applications.queries';
import type { CoEditorsPanel } from '../services/co-editors/co-editors.queries';
import type { decisionOfApplication } from '../services/reviews/review.queries';
import { CO_EDITORS_ANCHOR, CoEditorsSection } from './application-co-editors';
import { ApplicationForm, AnswersView, questionAnchor } from './application-form';
import { errorsByQuestion, type Typed } from './application-values';
import { inLocale } from './labels';
import { PUBLIC_PATH } from './programmes-page';

export const APPLICATIONS_PATH = `${PUBLIC_PATH}/applications`;
export const applicationPath = (id: string) => `${APPLICATIONS_PATH}/${id}`;
export const applicationEditPath = (id: string) => `${APPLICATIONS_PATH}/${id}/edit`;
export const attachmentPath = (id: string, attachmentId: string) =>
  `${APPLICATIONS_PATH}/${id}/files/${attachmentId}`;
export const applyPath = (programmeSlug: string, callSlug: string) =>
  `${PUBLIC_PATH}/${programmeSlug}/calls/${callSlug}/apply`;

import type { PageNotice } from '../../../platform/ui/notice';
import { Checkbox } from '../../../platform/ui/choice-controls';

export type { PageNotice };

const statusLabel = (t: Translate, status: string) =>
  t(`programs.application.status.${status}` as MessageKey);

/** A code of the directory (sector, stage, kind) by its name when the catalog has one. */
function codeName(t: Translate, list: string, code: string): string {
  const key = `directory.${list}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}
const REASON_LISTS: Partial<Record<string, string>> = {
  'programs.eligibility.sector': 'sector',
  'programs.eligibility.sector_missing': 'sector',
  'programs.eligibility.stage': 'stage',
  'programs.eligibility.stage_missing': 'stage',
  'programs.eligibility.organization_kind': 'kind',
};

/** A reason of the eligibility rules with its codes shown as names where the catalog has them. */
export function reasonText(t: Translate, reason: TEligibilityReason): string {
  const list = REASON_LISTS[reason.code];
  const named = (v: string | number) =>
    list
      ? String(v)
          .split(', ')
          .filter(Boolean)
          .map((code) => codeName(t, list, code))
          .join(', ')
      : v;
  const params = Object.fromEntries(
    Object.entries(reason.params).map(([k, v]) => [
      k,
      k === 'allowed' || k === 'actual' ? named(v) : v,
    ]),
  );
  return t(reason.code as MessageKey, params);
}

export function Reasons({ t, reasons }: { t: Translate; reasons: TEligibilityReason[] }) {
  return (
    <>
      <p>{t('programs.apply.notEligible')}</p>
      <ul>
        {reasons.map((r) => (
          <li>{reasonText(t, r)}</li>
        ))}
      </ul>
    </>
  );
}

function NoticeOf({ notice }: { notice?: PageNotice }) {
  return notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null;
}

export function ApplyPage(props: {
  ctx: RequestContext;
  programme: ProgrammeRow;
  call: CallRow;
  options: ApplyOption[];
  notice?: PageNotice;
  /** The organisation a refused start was for, with its reasons. */
  refused?: { organizationId: string; reasons: TEligibilityReason[] };
}) {
  const { ctx, programme, call, options } = props;
  const { t, locale } = ctx;
  const callTitle = inLocale(locale, call.titleVi, call.titleEn);
  const title = t('programs.apply.title', { call: callTitle });
  const path = applyPath(programme.slug, call.slug);
  return (
    <Layout ctx={ctx} title={title} path={path}>
      <p>
        <a href={`${PUBLIC_PATH}/${programme.slug}`}>
          {inLocale(locale, programme.titleVi, programme.titleEn)}
        </a>
      </p>
      <h1>{title}</h1>
      <NoticeOf notice={props.notice} />
      <p>{t('programs.application.deadline', { closes: vnDeadline(call.closesAt, locale) })}</p>
      {options.length === 0 && <Notice>{t('programs.apply.noOrganization')}</Notice>}
      <ul class="stack">
        {options.map((o) => {
          const reasons =
            props.refused?.organizationId === o.organization.id ? props.refused.reasons : o.reasons;
          const headingId = `org-${o.organization.id}`;
          return (
            <li>
              <section aria-labelledby={headingId}>
                <h2 id={headingId}>{o.organization.name}</h2>
                {o.applicationId ? (
                  <p>
                    <a href={applicationPath(o.applicationId)}>{t('programs.application.view')}</a>
                  </p>
                ) : !o.isOpen ? (
                  <p>
                    {t('programs.apply.closed')}{' '}
                    {t('programs.application.deadline', { closes: vnDeadline(o.closesAt, locale) })}
                  </p>
                ) : reasons.length > 0 ? (
                  <Reasons t={t} reasons={reasons} />
                ) : (
                  <form method="post" action={path}>
                    <p>{t('programs.apply.eligible')}</p>
                    <input type="hidden" name="organizationId" value={o.organization.id} />
                    <button type="submit" aria-describedby={headingId}>
                      {t('programs.apply.start')}
                    </button>
                  </form>
                )}
              </section>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={APPLICATIONS_PATH}>{t('programs.application.mine')}</a>
      </p>
    </Layout>
  );
}

export function ApplicationEditPage(props: {
  ctx: RequestContext;
  view: ApplicationToEdit;
  typed: Typed;
  version: number;
  idempotencyKey: string;
  deadline: Date;
  notice?: PageNotice;
  errors?: TAnswerError[];
  reasons?: TEligibilityReason[];
  /** After a stale save: the copy stored meanwhile, shown beside what was typed. */
  storedCopy?: TAnswers;
}) {
  const { ctx, view } = props;
  const { t, locale } = ctx;
  const { application, call, programme } = view;
  const callTitle = inLocale(locale, call.titleVi, call.titleEn);
  const title = t('programs.apply.title', { call: callTitle });
  const files = new Map(view.attachments.map((a) => [a.contentHash, a.id]));
  const fileHref = (hash: string) => {
    const id = files.get(hash);
    return id && attachmentPath(application.id, id);
  };
  const byQuestion = errorsByQuestion(props.errors);
  const questions = new Map(call.form.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  // After a stale save the applicant chooses between two copies: nothing is saved by itself.
  const isAutosaved = !props.storedCopy;
  const head = isAutosaved && <script src="/assets/draft-autosave.js" defer />;
  return (
    <Layout ctx={ctx} title={title} path={applicationEditPath(application.id)} head={head}>
      <p>
        <a href={applicationPath(application.id)}>
          {application.receiptNumber
            ? t('programs.application.title', { receipt: application.receiptNumber })
            : t('programs.application.titleDraft')}
        </a>{' '}
        ·{' '}
        <a href={`${PUBLIC_PATH}/${programme.slug}`}>
          {inLocale(locale, programme.titleVi, programme.titleEn)}
        </a>{' '}
        ·{' '}
        <a href={`${applicationPath(application.id)}#${CO_EDITORS_ANCHOR}`}>
          {t('programs.application.coEditorsLink')}
        </a>
      </p>
      <h1>{title}</h1>
      <p>
        {t('programs.application.organization')}: {view.organization.name} ·{' '}
        {statusLabel(t, application.status)}
      </p>
      <p>{t('programs.application.deadline', { closes: vnDeadline(props.deadline, locale) })}</p>
      <NoticeOf notice={props.notice} />
      {props.reasons && props.reasons.length > 0 && (
        <Notice kind="error">
          <Reasons t={t} reasons={props.reasons} />
        </Notice>
      )}
      {byQuestion.size > 0 && (
        <div class="alert error" role="alert" tabindex={-1}>
          <h2>{t('programs.application.fixErrors')}</h2>
          <ul>
            {[...byQuestion].map(([id, errors]) => {
              const q = questions.get(id);
              const label = q ? inLocale(locale, q.label.vi, q.label.en) : id;
              return errors.map((e) => (
                <li>
                  <a href={`#${questionAnchor(id)}`}>
                    {label}: {t(e.code as MessageKey, e.params)}
                  </a>
                </li>
              ));
            })}
          </ul>
        </div>
      )}
      {props.storedCopy && (
        <details open class="stored-copy">
          <summary>{t('programs.application.storedCopy')}</summary>
          <AnswersView ctx={ctx} form={call.form} answers={props.storedCopy} fileHref={fileHref} />
        </details>
      )}
      <ApplicationForm
        ctx={ctx}
        action={applicationEditPath(application.id)}
        form={call.form}
        typed={props.typed}
        stored={application.answers}
        version={props.version}
        idempotencyKey={props.idempotencyKey}
        errors={byQuestion}
        fileHref={fileHref}
        isAutosaved={isAutosaved}
      />
    </Layout>
  );
}

export function ApplicationStatusPage(props: {
  ctx: RequestContext;
  view: ApplicationView;
  deadline: Date;
  canEdit: boolean;
  canReopen: boolean;
  notice?: PageNotice;
  /** The centre's decision, once there is one. */
  decision?: Awaited<ReturnType<typeof decisionOfApplication>>;
  /** For those who may edit it; after a refused addition, what was chosen and why. */
  coEditors?: { panel: CoEditorsPanel; chosen?: string; errors?: FieldErrors };
}) {
  const { ctx, view, decision } = props;
  const { t, locale } = ctx;
  const { application, call, programme, versions } = view;
  const title = application.receiptNumber
    ? t('programs.application.title', { receipt: application.receiptNumber })
    : t('programs.application.titleDraft');
  const files = new Map(view.attachments.map((a) => [a.contentHash, a.id]));
  const fileHref = (hash: string) => {
    const id = files.get(hash);
    return id && attachmentPath(application.id, id);
  };
  const isEditable = application.status === 'draft' || application.status === 'reopened';
  const latest = versions.at(-1);
  return (
    <Layout ctx={ctx} title={title} path={applicationPath(application.id)}>
      <p>
        <a href={APPLICATIONS_PATH}>{t('programs.application.mine')}</a>
      </p>
      <h1>{title}</h1>
      <p class="tags">
        <span class={application.status === 'submitted' ? 'badge ok' : 'badge'}>
          {statusLabel(t, application.status)}
        </span>
      </p>
      <NoticeOf notice={props.notice} />
      <ErrorSummary t={t} errors={props.coEditors?.errors} />
      <dl class="facts">
        <dt>{t('programs.application.receipt')}</dt>
        <dd>{application.receiptNumber ?? '—'}</dd>
        <dt>{t('programs.application.organization')}</dt>
        <dd>{view.organization.name}</dd>
        <dt>{t('programs.application.call')}</dt>
        <dd>
          <a href={`${PUBLIC_PATH}/${programme.slug}`}>
            {inLocale(locale, programme.titleVi, programme.titleEn)}
          </a>
          {' · '}
          {inLocale(locale, call.titleVi, call.titleEn)}
          <br />
          {t('programs.application.deadline', { closes: vnDeadline(props.deadline, locale) })}
        </dd>
      </dl>
      {decision && (
        <section aria-labelledby="h-decision">
          <h2 id="h-decision">{t('programs.decision.title')}</h2>
          <p>
            <strong>{t(`programs.decision.outcome.${decision.outcome}`)}</strong>
            {decision.prize &&
              ` — ${inLocale(locale, decision.prize.title.vi, decision.prize.title.en)}`}
          </p>
          {decision.note && (
            <>
              <p>{t('programs.decisionMail.note')}</p>
              <p>{decision.note}</p>
            </>
          )}
        </section>
      )}
      {props.canEdit && isEditable && (
        <p>
          <a class="button" href={applicationEditPath(application.id)}>
            {t('programs.application.edit')}
          </a>
        </p>
      )}
      <section aria-labelledby="h-versions">
        <h2 id="h-versions">{t('programs.application.versions')}</h2>
        {versions.length === 0 ? (
          <p class="muted">{t('programs.application.noVersions')}</p>
        ) : (
          <ol>
            {versions.map((v) => (
              <li>
                {t('programs.application.version', {
                  number: v.number,
                  at: vnDeadline(v.submittedAt, locale),
                })}
              </li>
            ))}
          </ol>
        )}
      </section>
      {latest && (
        <section aria-labelledby="h-answers">
          <h2 id="h-answers">{t('programs.application.view')}</h2>
          <AnswersView ctx={ctx} form={latest.form} answers={latest.answers} fileHref={fileHref} />
        </section>
      )}
      {view.attachments.length > 0 && (
        <section aria-labelledby="h-files">
          <h2 id="h-files">{t('programs.application.files')}</h2>
          <ul>
            {view.attachments.map((a) => (
              <li>
                <a href={attachmentPath(application.id, a.id)}>{a.originalName}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.coEditors && application.status !== 'withdrawn' && (
        <CoEditorsSection t={t} path={applicationPath(application.id)} {...props.coEditors} />
      )}
      {props.canEdit && application.status !== 'withdrawn' && (
        <form method="post" action={`${applicationPath(application.id)}/withdraw`} class="stack">
          <input type="hidden" name="version" value={String(application.version)} />
          <Checkbox
            t={t}
            name="confirm"
            label={t('programs.application.withdrawConfirm')}
            required
          />
          <p>
            <button type="submit" class="danger">
              {t('programs.application.withdraw')}
            </button>
          </p>
        </form>
      )}
      {props.canReopen && application.status === 'submitted' && (
        <form method="post" action={`${applicationPath(application.id)}/reopen`}>
          <input type="hidden" name="version" value={String(application.version)} />
          <button type="submit" class="secondary">
            {t('programs.application.reopen')}
          </button>
        </form>
      )}
    </Layout>
  );
}

export function MyApplicationsPage(props: {
  ctx: RequestContext;
  rows: {
    application: { id: string; status: string; receiptNumber: string | null; updatedAt: Date };
    call?: CallRow;
    programme?: ProgrammeRow;
    organizationName: string;
  }[];
}) {
  const { ctx, rows } = props;
  const { t, locale } = ctx;
  const title = t('programs.application.mine');
  return (
    <Layout ctx={ctx} title={title} path={APPLICATIONS_PATH}>
      <p>
        <a href={PUBLIC_PATH}>{t('programs.title')}</a>
      </p>
      <h1>{title}</h1>
      {rows.length === 0 ? (
        <p class="muted">{t('programs.application.mineEmpty')}</p>
      ) : (
        <ul class="stack">
          {rows.map(({ application: a, call, programme, organizationName }) => (
            <li>
              <h2>
                <a href={applicationPath(a.id)}>
                  {programme ? inLocale(locale, programme.titleVi, programme.titleEn) : ''}
                  {call ? ` · ${inLocale(locale, call.titleVi, call.titleEn)}` : ''}
                </a>
              </h2>
              <p>
                {organizationName} ·{' '}
                <span class={a.status === 'submitted' ? 'badge ok' : 'badge'}>
                  {statusLabel(t, a.status)}
                </span>
                {a.receiptNumber && ` · ${t('programs.application.receipt')}: ${a.receiptNumber}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
