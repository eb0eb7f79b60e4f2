// The back-office of the legal library: the list of every document and the document's form.
import { BackofficePage, EmptyList } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDate, formatFileSize } from '../../../platform/i18n';
import type { Paged } from '../../../platform/input/paging';
import { ActionButton } from '../../../platform/ui/action-button';
import { Checkbox, CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import { DataTable } from '../../../platform/ui/data-table';
import type { PageNotice } from '../../../platform/ui/notice';
import { ListPager } from '../../../platform/ui/pager';
import { DateField, FileField, LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { LegalRow } from '../db/legal.repository';
import { LEGAL_DOC_TYPES, LEGAL_RELATIONS, LEGAL_STATUSES } from '../domain/legal-document';
import { canPublishContent, LEGAL_STAFF_PATH } from '../permissions';
import { LEGAL_FILE_MAX_BYTES } from '../services/legal-file';
import type { LegalFormState } from '../services/legal-form';
import { statusLabel, typeLabel } from './legal-pages';
import { sectorChoices } from './news-pages';
import { LEGAL_PATH } from './paths';

export function StaffLegalListPage({
  ctx,
  result,
}: {
  ctx: RequestContext;
  result: Paged<LegalRow>;
}) {
  const { t, locale } = ctx;
  return (
    <BackofficePage ctx={ctx} path={LEGAL_STAFF_PATH} title={t('content.legal.staff.title')}>
      <p>
        <a class="button" href={`${LEGAL_STAFF_PATH}/new`}>
          {t('content.legal.staff.new')}
        </a>
      </p>
      {result.rows.length === 0 ? (
        <EmptyList ctx={ctx} filtered={false} empty="content.legal.staff.empty" />
      ) : (
        <DataTable
          columns={[
            {
              key: 'number',
              label: t('content.legal.number'),
              isRowHeader: true,
              cell: (d: LegalRow) => <a href={`${LEGAL_STAFF_PATH}/${d.id}`}>{d.number}</a>,
            },
            {
              key: 'title',
              label: t('content.legal.form.titleVi'),
              cell: (d: LegalRow) => d.titleVi,
            },
            {
              key: 'issued',
              label: t('content.legal.issuedOn'),
              cell: (d: LegalRow) => formatDate(new Date(`${d.issuedOn}T00:00:00+07:00`), locale),
            },
            {
              key: 'status',
              label: t('content.legal.status'),
              cell: (d: LegalRow) => statusLabel(t, d.legalStatus),
            },
            {
              key: 'published',
              label: t('content.staff.status'),
              cell: (d: LegalRow) => (
                <span class="badge">
                  {t(
                    d.isPublished
                      ? 'content.legal.staff.state.published'
                      : 'content.legal.staff.state.hidden',
                  )}
                </span>
              ),
            },
          ]}
          rows={result.rows}
        />
      )}
      <ListPager
        t={t}
        locale={locale}
        result={result}
        path={LEGAL_STAFF_PATH}
        filters={{}}
        size={25}
      />
    </BackofficePage>
  );
}

export function LegalFormPage(props: {
  ctx: RequestContext;
  document?: LegalRow;
  state: LegalFormState;
  version?: number;
  errors?: FieldErrors;
  notice?: PageNotice;
  current?: LegalRow;
}) {
  const { ctx, document: doc, state, errors } = props;
  const { t } = ctx;
  const path = doc ? `${LEGAL_STAFF_PATH}/${doc.id}` : `${LEGAL_STAFF_PATH}/new`;
  const v = (name: string) => state.values[name] ?? '';
  const saved = (name: keyof LegalRow) =>
    props.current ? String(props.current[name] ?? '') : undefined;
  const common = (name: string) => ({
    t,
    name,
    label: t(`content.legal.form.${name}` as never),
    value: v(name),
    errors,
    current: saved(name as keyof LegalRow),
  });
  return (
    <BackofficePage
      ctx={ctx}
      path={path}
      title={
        doc
          ? t('content.legal.staff.editTitle', { number: doc.number })
          : t('content.legal.staff.createTitle')
      }
      errors={errors}
      notice={props.notice}
    >
      {doc && (
        <p class="row">
          <span class="badge">
            {t(
              doc.isPublished
                ? 'content.legal.staff.state.published'
                : 'content.legal.staff.state.hidden',
            )}
          </span>
          <a href={`${LEGAL_PATH}/${doc.slug}`}>{t('content.staff.viewPublic')}</a>
          {canPublishContent(ctx.actor) && (
            <ActionButton
              action={`${path}/${doc.isPublished ? 'unpublish' : 'publish'}`}
              label={t(
                doc.isPublished ? 'content.legal.staff.unpublish' : 'content.legal.staff.publish',
              )}
              kind={doc.isPublished ? 'danger' : 'primary'}
              hidden={{ version: doc.version }}
            />
          )}
        </p>
      )}
      <form method="post" action={path} enctype="multipart/form-data" class="stack">
        {props.version !== undefined && (
          <input type="hidden" name="version" value={String(props.version)} />
        )}
        <TextField {...common('number')} required />
        <SelectField
          {...common('docType')}
          options={LEGAL_DOC_TYPES.map((x) => ({ value: x, label: typeLabel(t, x) }))}
        />
        <TextField {...common('issuer')} required />
        <DateField {...common('issuedOn')} required />
        <DateField {...common('effectiveOn')} />
        <SelectField
          {...common('legalStatus')}
          value={v('legalStatus') || 'in_force'}
          options={LEGAL_STATUSES.map((x) => ({ value: x, label: statusLabel(t, x) }))}
        />
        <LongTextField {...common('titleVi')} rows={2} required />
        <LongTextField {...common('titleEn')} rows={2} />
        <LongTextField {...common('summaryVi')} rows={5} />
        <LongTextField {...common('summaryEn')} rows={4} />
        <CheckboxGroup
          t={t}
          name="sectors"
          legend={t('content.legal.form.sectors')}
          errors={errors}
          values={state.sectors}
          options={sectorChoices(t)}
        />
        <TextField {...common('sourceUrl')} type="url" />
        <LegalFileFields ctx={ctx} document={doc} errors={errors} />
        {LEGAL_RELATIONS.map((k) => (
          <LongTextField {...common(k)} rows={2} hint={t('content.legal.form.relations.hint')} />
        ))}
        <p>
          <button type="submit">{t('common.save')}</button>
        </p>
      </form>
    </BackofficePage>
  );
}

/** The official text: the one attached (with a way to remove it) and a file to attach. */
function LegalFileFields(props: {
  ctx: RequestContext;
  document?: LegalRow;
  errors?: FieldErrors;
}) {
  const { ctx, document: doc, errors } = props;
  const { t, locale } = ctx;
  return (
    <>
      {doc?.fileHash && (
        <p>
          {t('content.legal.form.fileAttached')}{' '}
          <a href={`${LEGAL_PATH}/${doc.slug}/file`}>
            {doc.fileKind?.toUpperCase()}, {formatFileSize(doc.fileBytes ?? 0, locale)}
          </a>
        </p>
      )}
      <FileField
        t={t}
        name="file"
        label={t(doc?.fileHash ? 'content.legal.form.fileReplace' : 'content.legal.form.file')}
        hint={t('content.legal.form.fileHint', {
          maxMb: Math.round(LEGAL_FILE_MAX_BYTES / 1_048_576),
        })}
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        errors={errors}
      />
      {doc?.fileHash && (
        <Checkbox
          t={t}
          name="fileRemove"
          value="1"
          label={t('content.legal.form.fileRemove')}
          errors={errors}
        />
      )}
    </>
  );
}
