// Parts of the directory's own forms: titled sections, and who may see a field.
import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../platform/errors';
import type { MessageKey, Translate } from '../../../platform/i18n';
import { SelectField } from '../../../platform/ui/choice-controls';
import { VISIBILITIES } from '../domain/taxonomy';
import { visibilityName } from '../services/visibility';

export function Section({ title, id, children }: { title: string; id: string; children?: Child }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export const visibilityLabel = (t: Translate, v: string) =>
  t(`directory.form.visibility.${v}` as MessageKey);

/** Who may see a field (public, members, staff), named `visibility.<field>`. */
export function VisibilityControl(props: {
  t: Translate;
  errors?: FieldErrors;
  field: string;
  fieldLabel: string;
  value: string;
  /** After a stale save: the choice someone else saved, as shown. */
  current?: string;
}) {
  const { t, field } = props;
  return (
    <SelectField
      t={t}
      errors={props.errors}
      name={visibilityName(field)}
      label={t('directory.form.visibilityOf', { field: props.fieldLabel })}
      value={props.value}
      options={VISIBILITIES.map((v) => ({ value: v, label: visibilityLabel(t, v) }))}
      current={props.current}
    />
  );
}
