// The end of a pilot on its page: each side's final evaluation, how it ended (the centre records
// it), and the owner's answers 6 and 12 months on.
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { FormValues } from '../../../platform/input/form-values';
import { formatDate, formatVnd } from '../../../platform/i18n';
import { RadioGroup, SelectField } from '../../../platform/ui/choice-controls';
import { LongTextField, MoneyField, TextField } from '../../../platform/ui/text-controls';
import { PILOT_OUTCOMES, PILOT_SIDES, type PilotOutcome, type PilotSide } from '../domain/pilot';
import { canReportFor } from '../permissions';
import type { PilotPage as PilotPageData } from '../services/pilots.queries';
import { pilotPath } from './paths';

export type PilotFormKind = 'check-in' | 'evaluation' | 'outcome' | 'follow-up';
export interface PilotForm {
  kind: PilotFormKind;
  side?: PilotSide;
  values: FormValues;
  errors: FieldErrors;
}

type Props = { ctx: RequestContext; data: PilotPageData; form?: PilotForm };

const formOf = (form: PilotForm | undefined, kind: PilotFormKind, side?: PilotSide) =>
  form?.kind === kind && form.side === side ? form : undefined;

function EvaluationForm({ ctx, data, side, form }: Props & { side: PilotSide }) {
  const { t } = ctx;
  const v = form?.values ?? {};
  const common = { t, errors: form?.errors };
  return (
    <form method="post" action={`${pilotPath(data.pilot)}/evaluation`} class="stack" novalidate>
      <input type="hidden" name="side" value={side} />
      <SelectField
        {...common}
        name="rating"
        id={`rating-${side}`}
        errorKey="rating"
        label={t(`challenges.evaluation.ratingAs.${side}`)}
        value={v.rating}
        empty={t('challenges.evaluation.chooseRating')}
        options={[5, 4, 3, 2, 1].map((n) => ({
          value: String(n),
          label: t(`challenges.evaluation.rating.${n as 1 | 2 | 3 | 4 | 5}`),
        }))}
        required
      />
      <LongTextField
        {...common}
        name="words"
        id={`words-${side}`}
        errorKey="words"
        label={t('challenges.evaluation.words')}
        value={v.words}
        rows={3}
      />
      <p>
        <button type="submit">{t('challenges.evaluation.send')}</button>
      </p>
    </form>
  );
}

function Evaluations(props: Props) {
  const { ctx, data } = props;
  const { t } = ctx;
  const { pilot } = data;
  const given = {
    owner: { rating: pilot.ownerRating, words: pilot.ownerEvaluation },
    solver: { rating: pilot.solverRating, words: pilot.solverEvaluation },
  };
  return (
    <section aria-labelledby="evaluation-title">
      <h2 id="evaluation-title">{t('challenges.evaluation.title')}</h2>
      {PILOT_SIDES.map((side) =>
        given[side].rating !== null ? (
          <p>
            <strong>{t(`challenges.pilot.side.${side}`)}</strong>:{' '}
            {t('challenges.evaluation.given', { rating: given[side].rating! })} {given[side].words}
          </p>
        ) : canReportFor(data.access, side) ? (
          <EvaluationForm {...props} side={side} form={formOf(props.form, 'evaluation', side)} />
        ) : (
          <p>{t('challenges.evaluation.notYet', { side: t(`challenges.pilot.side.${side}`) })}</p>
        ),
      )}
    </section>
  );
}

function OutcomeForm({ ctx, data, form }: Props) {
  const { t } = ctx;
  const v = form?.values ?? {};
  const common = { t, errors: form?.errors };
  return (
    <form method="post" action={`${pilotPath(data.pilot)}/outcome`} class="stack" novalidate>
      <input type="hidden" name="version" value={String(data.pilot.version)} />
      <SelectField
        {...common}
        name="outcome"
        label={t('challenges.outcome.field')}
        value={v.outcome}
        empty={t('challenges.outcome.choose')}
        options={PILOT_OUTCOMES.map((o) => ({ value: o, label: t(`challenges.outcome.${o}`) }))}
        required
      />
      <MoneyField
        {...common}
        name="contractValueVnd"
        label={t('challenges.outcome.contractValue')}
        value={v.contractValueVnd}
      />
      <TextField
        {...common}
        name="contractNumber"
        label={t('challenges.outcome.contractNumber')}
        value={v.contractNumber}
      />
      <LongTextField
        {...common}
        name="outcomeReason"
        label={t('challenges.outcome.reason')}
        value={v.outcomeReason}
        rows={2}
      />
      <LongTextField
        {...common}
        name="ownerStatement"
        label={t('challenges.outcome.statement')}
        hint={t('challenges.outcome.statementHint')}
        value={v.ownerStatement}
        rows={3}
      />
      <p>
        <button type="submit">{t('challenges.outcome.record')}</button>
      </p>
    </form>
  );
}

function Outcome(props: Props) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const { pilot } = data;
  if (!pilot.outcome) {
    return data.access.isCentre ? (
      <section aria-labelledby="outcome-title">
        <h2 id="outcome-title">{t('challenges.outcome.title')}</h2>
        <OutcomeForm {...props} form={formOf(props.form, 'outcome')} />
      </section>
    ) : null;
  }
  return (
    <section aria-labelledby="outcome-title">
      <h2 id="outcome-title">{t('challenges.outcome.title')}</h2>
      <p>
        <strong>{t(`challenges.outcome.${pilot.outcome as PilotOutcome}`)}</strong>
        {pilot.endedAt && <> — {formatDate(pilot.endedAt, locale)}</>}
        {pilot.contractValueVnd !== null && (
          <>
            {' '}
            ·{' '}
            {t('challenges.outcome.contract', {
              value: formatVnd(pilot.contractValueVnd, locale),
              number: pilot.contractNumber,
            })}
          </>
        )}
      </p>
      {pilot.outcomeReason && <p class="pre-wrap">{pilot.outcomeReason}</p>}
      {pilot.ownerStatement && <blockquote class="pre-wrap">{pilot.ownerStatement}</blockquote>}
    </section>
  );
}

function FollowUps(props: Props) {
  const { ctx, data } = props;
  const { t, locale } = ctx;
  const form = formOf(props.form, 'follow-up');
  if (data.followUps.length === 0 && data.followUpDue === undefined) return null;
  return (
    <section aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t('challenges.followUp.title')}</h2>
      <ul>
        {data.followUps.map((f) => (
          <li>
            {t(f.isInUse ? 'challenges.followUp.inUse' : 'challenges.followUp.notInUse', {
              months: f.monthsAfter,
              day: formatDate(f.answeredAt, locale),
            })}{' '}
            {f.scale}
          </li>
        ))}
      </ul>
      {data.followUpDue !== undefined && data.access.isOwner && (
        <form method="post" action={`${pilotPath(data.pilot)}/follow-up`} class="stack" novalidate>
          <RadioGroup
            t={t}
            errors={form?.errors}
            name="isInUse"
            legend={t('challenges.followUp.question', { months: data.followUpDue })}
            value={form?.values.isInUse}
            options={[
              { value: 'yes', label: t('challenges.followUp.yes') },
              { value: 'no', label: t('challenges.followUp.no') },
            ]}
            required
          />
          <LongTextField
            t={t}
            errors={form?.errors}
            name="scale"
            label={t('challenges.followUp.scale')}
            value={form?.values.scale}
            rows={2}
          />
          <p>
            <button type="submit">{t('challenges.followUp.send')}</button>
          </p>
        </form>
      )}
    </section>
  );
}

export function PilotEnding(props: Props) {
  return (
    <>
      <Evaluations {...props} />
      <Outcome {...props} />
      <FollowUps {...props} />
    </>
  );
}
