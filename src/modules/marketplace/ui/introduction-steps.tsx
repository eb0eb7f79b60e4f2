// The steps the viewer may take on an introduction: a broker's (introduce with one note, report a
// stage, close), the listing owner's when the listing allows direct introductions (accept or
// decline the request), and either side's report of the stage reached.
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { ActionButton } from '../../../platform/ui/action-button';
import { SelectField } from '../../../platform/ui/choice-controls';
import { LongTextField } from '../../../platform/ui/text-controls';
import {
  mayTakeStep,
  NO_DEAL_REASONS,
  stageAfter,
  type IntroductionStage,
  type IntroductionStep,
} from '../domain/introduction';
import type { IntroductionView } from '../services/introductions.queries';
import { introductionPath } from './paths';

export function StepForms(props: {
  ctx: RequestContext;
  view: IntroductionView;
  errors?: FieldErrors;
}) {
  const { ctx, view } = props;
  const { t } = ctx;
  const intro = view.introduction;
  const stage = intro.stage as IntroductionStage;
  const may = (step: IntroductionStep) =>
    stageAfter(stage, step) !== undefined &&
    mayTakeStep(view.roles, step, stage, view.listing.allowsDirect);
  if (!may('introduce') && !may('talk') && !may('negotiate') && !may('close')) return null;
  const isAccepting = !view.mayBroker && stage === 'requested';
  const action = `${introductionPath(intro.id)}/step`;
  const version = String(intro.version);
  const title = view.mayBroker
    ? t('marketplace.broker.title')
    : isAccepting
      ? t('marketplace.owner.title')
      : t('marketplace.report.title');
  return (
    <section aria-labelledby="steps">
      <h2 id="steps">{title}</h2>
      {!view.mayBroker && (
        <p>{isAccepting ? t('marketplace.owner.lead') : t('marketplace.report.lead')}</p>
      )}
      {may('introduce') && (
        <form method="post" action={action}>
          <input type="hidden" name="step" value="introduce" />
          <input type="hidden" name="version" value={version} />
          <LongTextField
            t={t}
            name="note"
            label={isAccepting ? t('marketplace.owner.note') : t('marketplace.broker.note')}
            hint={t('marketplace.broker.note.hint')}
            rows={3}
            errors={props.errors}
          />
          <button type="submit">
            {isAccepting ? t('marketplace.step.accept') : t('marketplace.step.introduce')}
          </button>
        </form>
      )}
      {may('talk') && (
        <ActionButton
          action={action}
          label={t('marketplace.step.talk')}
          kind="secondary"
          hidden={{ step: 'talk', version }}
        />
      )}
      {may('negotiate') && (
        <ActionButton
          action={action}
          label={t('marketplace.step.negotiate')}
          kind="secondary"
          hidden={{ step: 'negotiate', version }}
        />
      )}
      {may('close') && (
        <form method="post" action={action}>
          <input type="hidden" name="step" value="close" />
          <input type="hidden" name="version" value={version} />
          <SelectField
            t={t}
            name="reason"
            label={t('marketplace.field.noDealReason')}
            options={NO_DEAL_REASONS.map((r) => ({
              value: r,
              label: t(`marketplace.noDeal.${r}`),
            }))}
            errors={props.errors}
          />
          <button type="submit" class="danger">
            {isAccepting ? t('marketplace.step.decline') : t('marketplace.step.close')}
          </button>
        </form>
      )}
    </section>
  );
}
