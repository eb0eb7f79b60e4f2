// The application form of a call as a list of sections and questions, edited without
// JavaScript: each button posts the whole page and names one change (see form-builder.ts).
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { MessageKey } from '../../../platform/i18n';
import {
  ATTACHMENT_TYPES,
  QUESTION_KINDS,
  questionName,
  sectionName,
  type FormDraft,
  type QuestionDraft,
} from '../services/calls/form-builder';
import type { TQuestionKind } from '../domain/call-form';
import { Checkbox, CheckboxGroup, FormField } from '../../../platform/ui/choice-controls';
import { TextField } from '../../../platform/ui/text-controls';

const SETTINGS_OF: Record<string, (keyof QuestionDraft)[]> = {
  short_text: ['maxLength'],
  long_text: ['maxLength'],
  number: ['min', 'max'],
  money_vnd: ['min', 'max'],
  single_choice: ['options'],
  multiple_choice: ['options', 'maxChoices'],
  file: ['maxMb'],
  team_members: ['maxMembers'],
};

function OpButton({ op, label, described }: { op: string; label: string; described?: string }) {
  return (
    <button type="submit" name="op" value={op} class="secondary small" aria-describedby={described}>
      {label}
    </button>
  );
}

function Question(props: {
  ctx: RequestContext;
  kinds: readonly TQuestionKind[];
  q: QuestionDraft;
  i: number;
  j: number;
  last: boolean;
  errors?: FieldErrors;
}) {
  const { ctx, q, i, j, last, errors } = props;
  const { t } = ctx;
  const name = (f: string) => questionName(i, j, f);
  const control = (
    f: keyof QuestionDraft,
    extra: Partial<Parameters<typeof FormField>[0]> = {},
  ) => (
    <FormField
      t={t}
      name={name(f)}
      label={t(`programs.builder.${f}` as MessageKey)}
      value={String(q[f])}
      errors={errors}
      {...extra}
    />
  );
  const heading = `${name('heading')}`;
  return (
    <fieldset>
      <legend id={heading}>{t('programs.builder.question', { n: j + 1, id: q.id })}</legend>
      {control('kind', {
        options: props.kinds.map((k) => ({ value: k, label: t(`programs.question.${k}`) })),
        hint: t('programs.builder.kind.hint'),
      })}
      {control('id', { hint: t('programs.builder.id.hint') })}
      {control('labelVi', { required: true })}
      {control('labelEn')}
      {control('helpVi', { rows: 2 })}
      {control('helpEn', { rows: 2 })}
      <Checkbox
        t={t}
        name={name('isRequired')}
        label={t('programs.builder.isRequired')}
        checked={q.isRequired}
      />
      {(SETTINGS_OF[q.kind] ?? []).map((f) =>
        control(f, {
          rows: f === 'options' ? 4 : undefined,
          hint: f === 'options' ? t('programs.builder.options.hint') : undefined,
        }),
      )}
      {q.kind === 'file' && (
        <CheckboxGroup
          t={t}
          name={name('types')}
          legend={t('programs.builder.types')}
          values={q.types}
          options={ATTACHMENT_TYPES.map((type) => ({ value: type, label: type.toUpperCase() }))}
          errors={errors}
        />
      )}
      {control('showIfQuestion', { hint: t('programs.builder.showIf.hint') })}
      {control('showIfValues')}
      <p class="row">
        {j > 0 && (
          <OpButton
            op={`upQuestion:${i}:${j}`}
            label={t('programs.builder.up')}
            described={heading}
          />
        )}
        {!last && (
          <OpButton
            op={`downQuestion:${i}:${j}`}
            label={t('programs.builder.down')}
            described={heading}
          />
        )}
        <OpButton
          op={`removeQuestion:${i}:${j}`}
          label={t('programs.builder.removeQuestion')}
          described={heading}
        />
      </p>
    </fieldset>
  );
}

/**
 * The builder of a call's application form; another module's form (an event's registration
 * questions) gives its own title and lead and the kinds of question it takes.
 */
export function FormBuilder({
  ctx,
  draft,
  errors,
  kinds = QUESTION_KINDS,
  title,
  lead,
}: {
  ctx: RequestContext;
  draft: FormDraft;
  errors?: FieldErrors;
  kinds?: readonly TQuestionKind[];
  title?: string;
  lead?: string;
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="h-builder">
      <h2 id="h-builder">{title ?? t('programs.builder.title')}</h2>
      <p class="hint">{lead ?? t('programs.builder.lead')}</p>
      <input type="hidden" name="sections" value={String(draft.length)} />
      {draft.map((s, i) => {
        const heading = sectionName(i, 'heading');
        return (
          <fieldset>
            <legend id={heading}>{t('programs.builder.section', { n: i + 1 })}</legend>
            <input
              type="hidden"
              name={sectionName(i, 'questions')}
              value={String(s.questions.length)}
            />
            <TextField
              t={t}
              name={sectionName(i, 'id')}
              label={t('programs.builder.sectionId')}
              value={s.id}
              errors={errors}
            />
            <TextField
              t={t}
              name={sectionName(i, 'titleVi')}
              label={t('programs.builder.titleVi')}
              value={s.titleVi}
              errors={errors}
              required
            />
            <TextField
              t={t}
              name={sectionName(i, 'titleEn')}
              label={t('programs.builder.titleEn')}
              value={s.titleEn}
              errors={errors}
            />
            {s.questions.map((q, j) => (
              <Question
                ctx={ctx}
                kinds={kinds}
                q={q}
                i={i}
                j={j}
                last={j === s.questions.length - 1}
                errors={errors}
              />
            ))}
            <p class="row">
              <OpButton
                op={`addQuestion:${i}`}
                label={t('programs.builder.addQuestion')}
                described={heading}
              />
              {i > 0 && (
                <OpButton
                  op={`upSection:${i}`}
                  label={t('programs.builder.up')}
                  described={heading}
                />
              )}
              {i < draft.length - 1 && (
                <OpButton
                  op={`downSection:${i}`}
                  label={t('programs.builder.down')}
                  described={heading}
                />
              )}
              <OpButton
                op={`removeSection:${i}`}
                label={t('programs.builder.removeSection')}
                described={heading}
              />
            </p>
          </fieldset>
        );
      })}
      <p>
        <OpButton op="addSection" label={t('programs.builder.addSection')} />
      </p>
    </section>
  );
}
