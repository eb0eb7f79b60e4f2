// A programme's documents: the list on its public page, and the staff's forms to add, reorder
// and remove them (each its own form, apart from the programme's form: the upload is multipart).
import { DOCUMENT_TYPES } from '../../../platform/files';
import type { RequestContext } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/errors';
import type { ProgrammeDocumentRow } from '../db/programmes.repository';
import { STAFF_PATH } from '../permissions';
import type { FormValues } from '../../../platform/input/form-values';
import { PROGRAMME_DOCUMENT_RULES } from '../services/programme-documents/programme-documents.queries';
import { fileSize } from './application-form';
import { FileField, TextField } from '../../../platform/ui/text-controls';
import { inLocale } from './labels';
import { PUBLIC_PATH } from './programmes-page';
import { ActionButton } from '../../../platform/ui/action-button';

export const documentPath = (slug: string, id: string) => `${PUBLIC_PATH}/${slug}/documents/${id}`;
export const staffDocumentsPath = (slug: string) => `${STAFF_PATH}/${slug}/documents`;

/** The form's controls; named apart from the programme form's, which shares the page. */
export const DOCUMENT_FIELDS = { titleVi: 'docTitleVi', titleEn: 'docTitleEn', file: 'docFile' };

function DocumentLink(props: {
  ctx: RequestContext;
  slug: string;
  document: ProgrammeDocumentRow;
}) {
  const { ctx, slug, document: d } = props;
  return (
    <>
      <a href={documentPath(slug, d.id)}>{inLocale(ctx.locale, d.titleVi, d.titleEn)}</a>{' '}
      <span class="muted">
        ({d.kind.toUpperCase()}, {fileSize(d.bytes, ctx.locale)})
      </span>
    </>
  );
}

/** The documents section of a programme's public page; nothing when there are none. */
export function ProgrammeDocuments(props: {
  ctx: RequestContext;
  slug: string;
  documents: ProgrammeDocumentRow[];
}) {
  const { ctx, slug, documents } = props;
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="h-documents">
      <h2 id="h-documents">{ctx.t('programs.documents.title')}</h2>
      <ul>
        {documents.map((d) => (
          <li>
            <DocumentLink ctx={ctx} slug={slug} document={d} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A small form of one button acting on one document. */
function DocumentAction(props: {
  action: string;
  label: string;
  name: string;
  move?: 'up' | 'down';
}) {
  return (
    <ActionButton
      action={props.action}
      label={props.label}
      ariaLabel={`${props.label}: ${props.name}`}
      kind="secondary"
      hidden={props.move && { move: props.move }}
    />
  );
}

/** Staff: the documents in their order with their actions, and the upload form. */
export function ProgrammeDocumentsEditor(props: {
  ctx: RequestContext;
  slug: string;
  documents: ProgrammeDocumentRow[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, slug, documents, errors } = props;
  const { t, locale } = ctx;
  const values = props.values ?? {};
  const base = staffDocumentsPath(slug);
  const types = PROGRAMME_DOCUMENT_RULES.kinds.map((k) => k.toUpperCase()).join(', ');
  const maxMb = PROGRAMME_DOCUMENT_RULES.maxBytes / 1024 / 1024;
  return (
    <>
      <h2 id="h-documents">{t('programs.documents.title')}</h2>
      {documents.length === 0 ? (
        <p class="muted">{t('programs.documents.none')}</p>
      ) : (
        <ol class="stack">
          {documents.map((d, i) => {
            const name = inLocale(locale, d.titleVi, d.titleEn);
            const action = (label: string, path: string, move?: 'up' | 'down') => (
              <DocumentAction
                action={`${base}/${d.id}/${path}`}
                label={label}
                name={name}
                move={move}
              />
            );
            return (
              <li>
                <DocumentLink ctx={ctx} slug={slug} document={d} />
                <div class="row">
                  {i > 0 && action(t('programs.documents.up'), 'move', 'up')}
                  {i < documents.length - 1 && action(t('programs.documents.down'), 'move', 'down')}
                  {action(t('programs.documents.remove'), 'remove')}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <h3 id="h-add-document">{t('programs.documents.add')}</h3>
      <form method="post" action={base} enctype="multipart/form-data" class="stack">
        {(['titleVi', 'titleEn'] as const).map((field) => (
          <TextField
            t={t}
            name={DOCUMENT_FIELDS[field]}
            label={t(`programs.documents.${field}`)}
            value={values[DOCUMENT_FIELDS[field]]}
            errors={errors}
            required={field === 'titleVi'}
          />
        ))}
        <FileField
          t={t}
          name={DOCUMENT_FIELDS.file}
          label={t('programs.documents.file')}
          hint={t('programs.application.fileTypes', { types, maxMb })}
          accept={PROGRAMME_DOCUMENT_RULES.kinds
            .map((k) => `.${DOCUMENT_TYPES[k].extension}`)
            .join()}
          errors={errors}
          required
        />
        <p>
          <button type="submit">{t('programs.documents.upload')}</button>
        </p>
      </form>
    </>
  );
}
