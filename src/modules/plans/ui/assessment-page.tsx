// A self-assessment against a framework: the level claimed, an overall note, and per criterion
// whether it is met, an explanation and evidence files — a form while a draft, read-only once
// submitted (with the framework's words as they were then).
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate } from '../../../platform/i18n';
import { Checkbox, SelectField } from '../../../platform/ui/choice-controls';
import type { PageNotice } from '../../../platform/ui/notice';
import { LongTextField } from '../../../platform/ui/text-controls';
import type { AssessmentRow } from '../db/assessments.repository';
import {
  supportedLevel,
  type CriterionAnswer,
  type FrameworkCriterion,
  type FrameworkLevel,
} from '../domain/framework';
import { ASSESSMENTS_PATH, FRAMEWORKS_PATH } from '../permissions';
import type { AssessmentPage } from '../services/assessments';
import { EvidenceFields } from './evidence-fields';

const NO_ANSWER: CriterionAnswer = { isMet: false, note: '', evidence: [] };

function levelText(ctx: RequestContext, levels: FrameworkLevel[], rank: number | null) {
  const level = levels.find((l) => l.rank === rank);
  return level
    ? `${ctx.t('plans.framework.level', { rank: level.rank })}: ${level.name}`
    : ctx.t('plans.assessment.supported.none');
}

function EvidenceLinks(props: { assessment: AssessmentRow; answer: CriterionAnswer }) {
  if (props.answer.evidence.length === 0) return null;
  return (
    <ul>
      {props.answer.evidence.map((e) => (
        <li>
          <a href={`${ASSESSMENTS_PATH}/${props.assessment.id}/evidence/${e.hash}`} download>
            {e.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

function CriterionFields(props: {
  ctx: RequestContext;
  assessment: AssessmentRow;
  criterion: FrameworkCriterion;
  errors?: FieldErrors;
}) {
  const { ctx, assessment, criterion: c, errors } = props;
  const { t } = ctx;
  const answer = assessment.answers[c.id] ?? NO_ANSWER;
  if (assessment.status === 'submitted')
    return (
      <li>
        <p>
          <strong>
            {c.code}. {c.text}
          </strong>{' '}
          — {t(answer.isMet ? 'plans.assessment.met' : 'plans.assessment.notMet')}
        </p>
        {answer.note && <p>{answer.note}</p>}
        <EvidenceLinks assessment={assessment} answer={answer} />
      </li>
    );
  return (
    <li>
      <fieldset>
        <legend>
          {c.code}. {c.text}
        </legend>
        <input type="hidden" name={`criterion_${c.id}`} value="1" />
        <Checkbox
          t={t}
          name={`met_${c.id}`}
          label={t('plans.assessment.isMet')}
          checked={answer.isMet}
          errors={errors}
        />
        <LongTextField
          t={t}
          name={`note_${c.id}`}
          label={t('plans.assessment.criterionNote')}
          value={answer.note}
          rows={2}
          errors={errors}
        />
        <EvidenceLinks assessment={assessment} answer={answer} />
        <EvidenceFields t={t} lineId={c.id} evidence={answer.evidence} errors={errors} />
      </fieldset>
    </li>
  );
}

function Levels(props: { ctx: RequestContext; page: AssessmentPage; errors?: FieldErrors }) {
  const { ctx, page } = props;
  if (page.levels.every((l) => l.criteria.length === 0))
    return <p class="muted">{ctx.t('plans.assessment.noCriteria')}</p>;
  return (
    <>
      {page.levels.map((level) => (
        <section aria-labelledby={`level-${level.rank}`}>
          <h2 id={`level-${level.rank}`}>{levelText(ctx, page.levels, level.rank)}</h2>
          {level.description && <p class="muted">{level.description}</p>}
          <ol class="plain">
            {level.criteria.map((c) => (
              <CriterionFields
                ctx={ctx}
                assessment={page.assessment}
                criterion={c}
                errors={props.errors}
              />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

export function AssessmentDetailPage(props: {
  ctx: RequestContext;
  page: AssessmentPage;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, page, errors } = props;
  const { t } = ctx;
  const { assessment } = page;
  const path = `${ASSESSMENTS_PATH}/${assessment.id}`;
  const supported = t('plans.assessment.supported', {
    level: levelText(ctx, page.levels, supportedLevel(page.levels, assessment.answers) || null),
  });
  const head = (
    <>
      <p>
        <a href={`${FRAMEWORKS_PATH}/${page.framework.id}`}>
          {assessment.framework?.name ?? page.framework.name}
        </a>
      </p>
      <p>{supported}</p>
    </>
  );
  const title = t('plans.assessment.title', { year: assessment.year });
  if (assessment.status === 'submitted')
    return (
      <BackofficePage ctx={ctx} path={path} title={title} notice={props.notice}>
        {head}
        <p>
          {t('plans.assessment.submittedOn', {
            date: formatDate(assessment.submittedAt!, ctx.locale),
          })}
        </p>
        <p>
          <strong>{t('plans.assessment.claimedLevel')}:</strong>{' '}
          {levelText(ctx, page.levels, assessment.claimedLevel)}
        </p>
        {assessment.note && <p>{assessment.note}</p>}
        <Levels ctx={ctx} page={page} />
      </BackofficePage>
    );
  return (
    <BackofficePage ctx={ctx} path={path} title={title} errors={errors} notice={props.notice}>
      {head}
      <form method="post" action={path} enctype="multipart/form-data" class="stack">
        <input type="hidden" name="version" value={String(assessment.version)} />
        <SelectField
          t={t}
          name="claimedLevel"
          label={t('plans.assessment.claimedLevel')}
          empty={t('plans.assessment.claimedLevel.none')}
          value={assessment.claimedLevel === null ? '' : String(assessment.claimedLevel)}
          options={page.levels.map((l) => ({
            value: String(l.rank),
            label: levelText(ctx, page.levels, l.rank),
          }))}
          errors={errors}
        />
        <LongTextField
          t={t}
          name="note"
          label={t('plans.assessment.note')}
          value={assessment.note}
          rows={3}
          errors={errors}
        />
        <Levels ctx={ctx} page={page} errors={errors} />
        <p class="row">
          <button type="submit" name="intent" value="save">
            {t('plans.assessment.save')}
          </button>
          <button type="submit" name="intent" value="submit">
            {t('plans.assessment.submit')}
          </button>
        </p>
      </form>
    </BackofficePage>
  );
}
