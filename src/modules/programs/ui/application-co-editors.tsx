// The co-editors of an application, shown to those who may edit it: who co-edits (with a remove
// button each) and a form to add a member of the applying organisation. Plain form posts.
import type { FieldErrors } from '../../../platform/errors';
import type { Translate } from '../../../platform/i18n';
import type { CoEditorsPanel } from '../services/co-editors/co-editors.queries';
import { SelectField } from '../../../platform/ui/choice-controls';

export const CO_EDITORS_ANCHOR = 'co-editors';
export const coEditorsPath = (applicationPath: string) => `${applicationPath}/co-editors`;
export const removeCoEditorPath = (applicationPath: string, userId: string) =>
  `${coEditorsPath(applicationPath)}/${encodeURIComponent(userId)}/remove`;

export function CoEditorsSection(props: {
  t: Translate;
  /** The application's status page. */
  path: string;
  panel: CoEditorsPanel;
  /** After a refused addition: what was chosen and why it was refused. */
  chosen?: string;
  errors?: FieldErrors;
}) {
  const { t, path, panel } = props;
  const headingId = `h-${CO_EDITORS_ANCHOR}`;
  return (
    <section id={CO_EDITORS_ANCHOR} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('programs.coEditors.title')}</h2>
      <p class="hint">{t('programs.coEditors.hint')}</p>
      {panel.coEditors.length === 0 ? (
        <p class="muted">{t('programs.coEditors.none')}</p>
      ) : (
        <ul class="stack">
          {panel.coEditors.map((person) => (
            <li>
              <form method="post" action={removeCoEditorPath(path, person.userId)}>
                {person.name} {person.email && <span class="muted">({person.email})</span>}{' '}
                <button type="submit" class="secondary">
                  {t('programs.coEditors.remove', { name: person.name })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {panel.candidates.length === 0 ? (
        <p class="muted">{t('programs.coEditors.noCandidates')}</p>
      ) : (
        <form method="post" action={coEditorsPath(path)} class="stack">
          <SelectField
            t={t}
            name="userId"
            label={t('programs.coEditors.member')}
            value={props.chosen}
            errors={props.errors}
            required
            options={[
              { value: '', label: '—' },
              ...panel.candidates.map((c) => ({
                value: c.userId,
                label: `${c.name} (${c.email})`,
              })),
            ]}
          />
          <p>
            <button type="submit">{t('programs.coEditors.add')}</button>
          </p>
        </form>
      )}
    </section>
  );
}
