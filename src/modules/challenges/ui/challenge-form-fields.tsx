// The fields of a challenge's text, shared by the centre's form that publishes it and the form
// that corrects it once published (where its track stays as it is).
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import { SelectField, FieldGroup } from '../../../platform/ui/choice-controls';
import {
  DateTimeField,
  LongTextField,
  MoneyField,
  TextField,
} from '../../../platform/ui/text-controls';
import { DOCUMENT_KINDS, REWARD_KINDS } from '../domain/challenge';
import { rowControl, type ChallengeFormState } from '../services/challenge-form';

const REWARD_ROWS = 3;
const DOCUMENT_ROWS = 2;

function RewardRows(props: {
  ctx: RequestContext;
  state: ChallengeFormState;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const blank = { kind: 'prize', description: '', amount: '' };
  const rows = [...props.state.rewards, ...Array.from({ length: REWARD_ROWS }, () => blank)].slice(
    0,
    10,
  );
  const common = { t, errors: props.errors };
  return (
    <FieldGroup
      t={t}
      name="rewards"
      legend={t('challenges.challenge.rewards')}
      errors={props.errors}
    >
      {rows.map((r, i) => (
        <div class="filter-grid">
          <SelectField
            {...common}
            name="rewardKind"
            id={rowControl('reward', 'kind', i)}
            errorKey={rowControl('reward', 'kind', i)}
            label={t('challenges.publish.rewardKind', { n: i + 1 })}
            value={r.kind}
            options={REWARD_KINDS.map((k) => ({ value: k, label: t(`challenges.reward.${k}`) }))}
          />
          <TextField
            {...common}
            name="rewardDescription"
            id={rowControl('reward', 'description', i)}
            errorKey={rowControl('reward', 'description', i)}
            label={t('challenges.publish.rewardDescription', { n: i + 1 })}
            value={r.description}
          />
          <MoneyField
            {...common}
            name="rewardAmount"
            id={rowControl('reward', 'amount', i)}
            errorKey={rowControl('reward', 'amount', i)}
            label={t('challenges.publish.rewardAmount', { n: i + 1 })}
            value={r.amount}
          />
        </div>
      ))}
    </FieldGroup>
  );
}

function DocumentRows(props: {
  ctx: RequestContext;
  state: ChallengeFormState;
  errors?: FieldErrors;
}) {
  const { t } = props.ctx;
  const blank = { kind: 'document', title: '', url: '' };
  const rows = [
    ...props.state.documents,
    ...Array.from({ length: DOCUMENT_ROWS }, () => blank),
  ].slice(0, 20);
  const common = { t, errors: props.errors };
  return (
    <FieldGroup
      t={t}
      name="documents"
      legend={t('challenges.challenge.documents')}
      errors={props.errors}
    >
      {rows.map((d, i) => (
        <div class="filter-grid">
          <SelectField
            {...common}
            name="documentKind"
            id={rowControl('document', 'kind', i)}
            errorKey={rowControl('document', 'kind', i)}
            label={t('challenges.publish.documentKind', { n: i + 1 })}
            value={d.kind}
            options={DOCUMENT_KINDS.map((k) => ({
              value: k,
              label: t(`challenges.document.${k}`),
            }))}
          />
          <TextField
            {...common}
            name="documentTitle"
            id={rowControl('document', 'title', i)}
            errorKey={rowControl('document', 'title', i)}
            label={t('challenges.publish.documentTitle', { n: i + 1 })}
            value={d.title}
          />
          <TextField
            {...common}
            name="documentUrl"
            type="url"
            id={rowControl('document', 'url', i)}
            errorKey={rowControl('document', 'url', i)}
            label={t('challenges.publish.documentUrl', { n: i + 1 })}
            value={d.url}
          />
        </div>
      ))}
    </FieldGroup>
  );
}

export function ChallengeFormFields(props: {
  ctx: RequestContext;
  state: ChallengeFormState;
  errors?: FieldErrors;
  /** The track is chosen when publishing only. */
  hasTrack: boolean;
}) {
  const { ctx, state } = props;
  const { t } = ctx;
  const v = state.values;
  const common = { t, errors: props.errors };
  return (
    <>
      <TextField
        {...common}
        name="title"
        label={t('challenges.publish.titleField')}
        value={v.title}
        required
      />
      {props.hasTrack && (
        <TextField
          {...common}
          name="track"
          label={t('challenges.publish.track')}
          hint={t('challenges.publish.trackHint')}
          value={v.track}
        />
      )}
      <LongTextField
        {...common}
        name="summary"
        label={t('challenges.publish.summary')}
        value={v.summary}
        rows={3}
        required
      />
      <LongTextField
        {...common}
        name="eligibility"
        label={t('challenges.challenge.eligibility')}
        value={v.eligibility}
        rows={3}
      />
      <DateTimeField
        {...common}
        name="opensAt"
        label={t('challenges.challenge.opensAt')}
        value={v.opensAt}
        required
      />
      <DateTimeField
        {...common}
        name="closesAt"
        label={t('challenges.challenge.closesAt')}
        value={v.closesAt}
        required
      />
      <RewardRows ctx={ctx} state={state} errors={props.errors} />
      <DocumentRows ctx={ctx} state={state} errors={props.errors} />
      <LongTextField
        {...common}
        name="agreementText"
        label={t('challenges.publish.agreement')}
        hint={t('challenges.publish.agreementHint')}
        value={v.agreementText}
        rows={8}
        required
      />
    </>
  );
}
