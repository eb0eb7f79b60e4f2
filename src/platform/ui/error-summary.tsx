import type { FieldErrors } from '../errors';
import type { Translate } from '../i18n';

/**
 * The errors of a form, above it: focusable, announced, each linked to its field (whose id is
 * the error's key); an error of the whole form (`_`) is said without a link.
 */
export function ErrorSummary({ t, errors }: { t: Translate; errors?: FieldErrors }) {
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <div class="alert error" role="alert" tabindex={-1}>
      <h2>{t('error.invalid.title')}</h2>
      <ul>
        {Object.entries(errors).map(([field, m]) =>
          field === '_' ? (
            <li>{t(m.key, m.params)}</li>
          ) : (
            <li>
              <a href={`#${field}`}>{t(m.key, m.params)}</a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
