// The application form, drawn from the call's definition. It works without JavaScript: every
// question is shown, a conditional one says when to answer it (the server drops the answers of
// questions whose condition does not hold), and Save draft / Submit are plain form posts. With
// JavaScript, /assets/draft-autosave.js also saves the draft when the applicant stops typing.
import type { RequestContext } from '../../../platform/http/context';
import { formatNumber, type Locale, type MessageKey, type Translate } from '../../../platform/i18n';
import type { TAnswerError } from '../domain/answers';
import type { TAnswers, TCallForm, TCallQuestion } from '../domain/call-form';
import {
  answerName,
  EMPTY_MEMBER_ROWS,
  keepName,
  memberName,
  uploadName,
} from '../services/applications/application-answers';
import { storedFiles, type Typed } from './application-values';
import { inLocale } from './labels';
import { CheckboxGroup, FieldGroup, SelectField } from '../../../platform/ui/choice-controls';
import { describedBy } from '../../../platform/ui/field';
import {
  DateField,
  LongTextField,
  MoneyField,
  TextField,
} from '../../../platform/ui/text-controls';

export const questionAnchor = (id: string) => `q-${id}`;
export const fileSize = (bytes: number, locale: Locale = 'vi') =>
  bytes >= 1024 * 1024
    ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;

interface FormProps {
  ctx: RequestContext;
  action: string;
  form: TCallForm;
  typed: Typed;
  /** The stored working copy: the files a question may keep. */
  stored: TAnswers;
  version: number;
  idempotencyKey: string;
  errors?: Map<string, TAnswerError[]>;
  /** The download address of a stored file of this application, by its hash. */
  fileHref?: (hash: string) => string | undefined;
  /** Whether draft-autosave.js may save this form by itself. */
  isAutosaved?: boolean;
}

export function ApplicationForm(props: FormProps) {
  const { t } = props.ctx;
  return (
    <form
      method="post"
      action={props.action}
      enctype="multipart/form-data"
      class="stack"
      data-autosave={props.isAutosaved ? '' : undefined}
    >
      <input type="hidden" name="version" value={String(props.version)} />
      <input type="hidden" name="key" value={props.idempotencyKey} />
      <FormQuestions {...props} />
      <div class="actions">
        <button type="submit" name="op" value="save" class="secondary">
          {t('programs.application.save')}
        </button>
        <button type="submit" name="op" value="submit">
          {t('programs.application.submit')}
        </button>
      </div>
      {props.isAutosaved && <AutosaveStatus t={t} />}
    </form>
  );
}

type QuestionsProps = Pick<FormProps, 'ctx' | 'form' | 'typed' | 'stored' | 'errors' | 'fileHref'>;

/**
 * A form's sections with their questions' controls, inside the caller's own form: the application
 * form here, an event's registration form (through the module's index). Sections head at h2 unless
 * the page places them lower.
 */
export function FormQuestions(props: QuestionsProps & { headingLevel?: 2 | 3 }) {
  const { ctx, form } = props;
  const questions = new Map(form.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  const heading = (id: string, title: { vi: string; en: string }) => {
    const text = inLocale(ctx.locale, title.vi, title.en);
    return props.headingLevel === 3 ? <h3 id={id}>{text}</h3> : <h2 id={id}>{text}</h2>;
  };
  return (
    <>
      {form.sections.map((section) => (
        <section aria-labelledby={`s-${section.id}`}>
          {heading(`s-${section.id}`, section.title)}
          {section.questions.map((q) => (
            <Question {...props} q={q} source={q.showIf && questions.get(q.showIf.questionId)} />
          ))}
        </section>
      ))}
    </>
  );
}

/** Where draft-autosave.js says what it did, with its messages in the reader's language. */
function AutosaveStatus({ t }: { t: Translate }) {
  return (
    <p
      id="autosave-status"
      class="muted"
      aria-live="polite"
      data-on={t('programs.autosave.on')}
      data-saving={t('programs.autosave.saving')}
      data-saved={t('programs.autosave.saved', { time: '{time}' })}
      data-stale={t('programs.autosave.stale')}
      data-invalid={t('programs.autosave.invalid')}
      data-failed={t('programs.autosave.failed')}
    />
  );
}

function Question(props: QuestionsProps & { q: TCallQuestion; source?: TCallQuestion }) {
  const { ctx, q, source, typed } = props;
  const { t, locale } = ctx;
  const text = (l: { vi: string; en: string }) => inLocale(locale, l.vi, l.en);
  const errors = props.errors?.get(q.id) ?? [];
  const name = answerName(q.id);
  const label = q.isRequired
    ? `${text(q.label)} ${t('programs.application.required')}`
    : text(q.label);
  const hints: string[] = [];
  if (q.help) hints.push(text(q.help));
  if (q.showIf && source && 'options' in source) {
    const chosen = source.options.filter((o) => q.showIf!.anyOf.includes(o.value));
    hints.push(
      t('programs.application.answerOnlyIf', {
        question: text(source.label),
        options: chosen.map((o) => text(o.label)).join(', '),
      }),
    );
  }
  if (q.kind === 'short_text' || q.kind === 'long_text')
    hints.push(t('validation.tooLong', { max: q.maxLength }));
  if (q.kind === 'money_vnd') hints.push(t('programs.application.moneyHint'));
  if (q.kind === 'file') {
    const maxMb = Math.round((q.maxBytes / 1024 / 1024) * 10) / 10;
    const types = q.types.map((k) => k.toUpperCase()).join(', ');
    hints.push(t('programs.application.fileTypes', { types, maxMb: formatNumber(maxMb, locale) }));
  }
  const value = typed[name]?.[0] ?? '';
  const field = {
    t,
    name,
    label,
    hint: hints.length ? hints.join(' ') : undefined,
    messages: errors.map((e) => ({ key: e.code as MessageKey, params: e.params })),
    anchor: questionAnchor(q.id),
  };
  const group = { ...field, id: questionAnchor(q.id), legend: label };

  switch (q.kind) {
    case 'short_text':
      return <TextField {...field} value={value} />;
    case 'long_text':
      return <LongTextField {...field} value={value} rows={q.maxLength > 1000 ? 8 : 4} />;
    case 'number':
      return <TextField {...field} value={value} inputmode="decimal" />;
    case 'money_vnd':
      return <MoneyField {...field} value={value} />;
    case 'date':
      return <DateField {...field} value={value} />;
    case 'single_choice':
      return (
        <SelectField
          {...field}
          value={value}
          empty="—"
          options={q.options.map((o) => ({ value: o.value, label: text(o.label) }))}
        />
      );
    case 'multiple_choice':
      return (
        <CheckboxGroup
          {...group}
          values={typed[name] ?? []}
          options={q.options.map((o) => ({ value: o.value, label: text(o.label) }))}
        />
      );
    case 'file': {
      const kept = new Set(typed[keepName(q.id)] ?? []);
      const files = storedFiles(props.stored[q.id]);
      return (
        <FieldGroup {...group}>
          {files.map((f) => {
            const href = props.fileHref?.(f.fileHash);
            return (
              <p>
                <label class="check">
                  <input
                    type="checkbox"
                    name={keepName(q.id)}
                    value={f.fileHash}
                    checked={kept.has(f.fileHash)}
                  />{' '}
                  {t('programs.application.keepFile', {
                    name: f.fileName,
                    size: fileSize(f.bytes),
                  })}
                </label>
                {href && (
                  <>
                    {' '}
                    <a href={href}>{f.fileName}</a>
                  </>
                )}
              </p>
            );
          })}
          <input
            type="file"
            id={uploadName(q.id)}
            name={uploadName(q.id)}
            multiple
            accept={q.types.map((k) => (k === 'jpeg' ? '.jpg,.jpeg' : `.${k}`)).join(',')}
            aria-label={text(q.label)}
            aria-describedby={describedBy(group)}
            aria-invalid={errors.length ? 'true' : undefined}
          />
        </FieldGroup>
      );
    }
    case 'team_members':
      return (
        <FieldGroup {...group}>
          <TeamRows {...props} q={q} />
        </FieldGroup>
      );
  }
}

function TeamRows(props: QuestionsProps & { q: Extract<TCallQuestion, { kind: 'team_members' }> }) {
  const { ctx, q, typed } = props;
  const { t } = ctx;
  let filled = 0;
  for (let row = 0; row < 60; row++) {
    const has = (['name', 'role', 'email'] as const).some(
      (f) => (typed[memberName(q.id, row, f)]?.[0] ?? '') !== '',
    );
    if (has) filled = row + 1;
  }
  const rows = Math.min(Math.max(filled + EMPTY_MEMBER_ROWS, 1), Math.max(q.maxMembers, filled));
  const field = (row: number, f: 'name' | 'role' | 'email', label: MessageKey) => {
    const id = memberName(q.id, row, f);
    return (
      <TextField
        t={t}
        name={id}
        label={t(label)}
        type={f === 'email' ? 'email' : 'text'}
        value={typed[id]?.[0] ?? ''}
        autocomplete="off"
      />
    );
  };
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        <fieldset class="row-group">
          <legend>{t('programs.application.member', { number: row + 1 })}</legend>
          {field(row, 'name', 'programs.application.memberName')}
          {field(row, 'role', 'programs.application.memberRole')}
          {field(row, 'email', 'programs.application.memberEmail')}
        </fieldset>
      ))}
    </>
  );
}

/** Answers read-only: the saved copy beside a stale form, and the status page. */
export function AnswersView(props: {
  ctx: RequestContext;
  form: TCallForm;
  answers: TAnswers;
  fileHref?: (hash: string) => string | undefined;
}) {
  const { ctx, form, answers } = props;
  const { locale } = ctx;
  const text = (l: { vi: string; en: string }) => inLocale(locale, l.vi, l.en);
  const shown = (q: TCallQuestion) => {
    const a = answers[q.id];
    if (a === undefined) return '—';
    if (q.kind === 'money_vnd' && typeof a === 'number') return `${formatNumber(a, locale)} ₫`;
    if (q.kind === 'number' && typeof a === 'number') return formatNumber(a, locale);
    if ((q.kind === 'single_choice' || q.kind === 'multiple_choice') && q.options) {
      const values = Array.isArray(a) ? a.map(String) : [String(a)];
      return q.options
        .filter((o) => values.includes(o.value))
        .map((o) => text(o.label))
        .join(', ');
    }
    if (q.kind === 'file')
      return (
        <ul>
          {storedFiles(a).map((f) => {
            const href = props.fileHref?.(f.fileHash);
            return (
              <li>
                {href ? <a href={href}>{f.fileName}</a> : f.fileName} ({fileSize(f.bytes)})
              </li>
            );
          })}
        </ul>
      );
    if (q.kind === 'team_members' && Array.isArray(a))
      return (
        <ul>
          {a.map((m) =>
            typeof m === 'object' && m !== null && 'name' in m ? (
              <li>{[m.name, m.role, m.email].filter(Boolean).join(' · ')}</li>
            ) : null,
          )}
        </ul>
      );
    return <span class="pre">{String(a)}</span>;
  };
  return (
    <div class="stack">
      {form.sections.map((section) => (
        <section>
          <h3>{text(section.title)}</h3>
          <dl class="facts">
            {section.questions.map((q) => (
              <>
                <dt>{text(q.label)}</dt>
                <dd>{shown(q)}</dd>
              </>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
