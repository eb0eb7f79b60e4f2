// The editor's form: the item's fields, its cover, a preview of the text as published, the
// workflow's buttons and the item's history.
import { raw } from 'hono/html';
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import { imageLimits } from '../../../platform/files/image-upload';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime } from '../../../platform/i18n';
import { renderRichText } from '../../../platform/text/rich-text';
import { Checkbox, CheckboxGroup, SelectField } from '../../../platform/ui/choice-controls';
import { FileField, LongTextField, TextField } from '../../../platform/ui/text-controls';
import type { PageNotice } from '../../../platform/ui/notice';
import type { ItemRow, RevisionRow } from '../db/items.repository';
import { CONTENT_KINDS } from '../domain/content-item';
import { STAFF_PATH } from '../permissions';
import { COVER_RULES } from '../services/item-input';
import type { ItemFormState } from '../services/item-form';
import type { PublishTrouble } from '../services/item-workflow';
import type { MediaLibrary } from '../services/media';
import { sectorChoices } from './news-pages';
import { RichBodyField, RichEditorParts } from './rich-body-field';
import { ItemWorkflow, ItemHistory } from './staff-item-workflow';

const NO_LIBRARY: MediaLibrary = { images: [], documents: [] };

interface FormProps {
  ctx: RequestContext;
  state: ItemFormState;
  errors?: FieldErrors;
  /** After a stale save: what the other person saved. */
  current?: ItemRow;
  isNew: boolean;
  coverKey?: string | null;
  library: MediaLibrary;
}

function ItemFields({ ctx, state, errors, current, isNew, coverKey, library }: FormProps) {
  const { t } = ctx;
  const v = (name: string) => state.values[name] ?? '';
  const saved = (name: keyof ItemRow) => (current ? String(current[name] ?? '') : undefined);
  const common = (name: string, extra: { hint?: string; required?: boolean } = {}) => ({
    t,
    name,
    label: t(`content.form.${name}` as never),
    value: v(name),
    errors,
    current: saved(name as keyof ItemRow),
    hint: extra.hint,
    required: extra.required,
  });
  const text = (name: string, extra: { rows?: number; hint?: string; required?: boolean } = {}) =>
    extra.rows ? (
      <LongTextField {...common(name, extra)} rows={extra.rows} />
    ) : (
      <TextField {...common(name, extra)} />
    );
  const body = (name: 'bodyVi' | 'bodyEn', rows: number) => (
    <RichBodyField {...common(name, { hint: t('content.form.body.hint') })} rows={rows} />
  );
  return (
    <>
      <fieldset>
        <legend>{t('content.form.general')}</legend>
        <SelectField
          t={t}
          name="kind"
          label={t('content.form.kind')}
          value={v('kind') || 'news'}
          errors={errors}
          options={CONTENT_KINDS.map((k) => ({ value: k, label: t(`content.kind.${k}`) }))}
        />
        {text('titleVi', { required: true })}
        {isNew && text('slug', { hint: t('content.form.slug.hint') })}
        {text('summaryVi', { rows: 3 })}
        {body('bodyVi', 16)}
        {text('authorName')}
      </fieldset>
      <fieldset>
        <legend>{t('content.form.cover')}</legend>
        {coverKey && <img class="logo-preview" src={`/files/${coverKey}`} alt={v('coverAltVi')} />}
        <FileField
          t={t}
          name="cover"
          label={t('content.form.cover')}
          hint={t('content.form.cover.hint', imageLimits(COVER_RULES))}
          errors={errors}
          accept="image/png,image/jpeg,image/webp,image/gif"
        />
        {state.pendingCover && (
          <>
            <input type="hidden" name="coverPending" value={state.pendingCover} />
            <input type="hidden" name="coverPendingName" value={state.pendingCoverName ?? ''} />
            <p class="hint">{t('ui.image.pending')}</p>
          </>
        )}
        {library.images.length > 0 && !state.pendingCover && (
          <SelectField
            t={t}
            name="coverLibrary"
            label={t('content.form.coverLibrary')}
            hint={t('content.form.coverLibrary.hint')}
            value=""
            options={[
              { value: '', label: t('content.form.coverLibrary.none') },
              ...library.images
                .filter((m) => m.key !== coverKey)
                .map((m) => ({
                  value: m.key,
                  label: `${m.altVi || m.key.slice(0, 12)} (${m.width}×${m.height})`,
                })),
            ]}
          />
        )}
        {coverKey && <Checkbox t={t} name="coverRemove" value="1" label={t('ui.image.remove')} />}
        {text('coverAltVi', { hint: t('content.form.coverAltVi.hint') })}
        {text('coverAltEn')}
      </fieldset>
      <fieldset>
        <legend>{t('content.form.english')}</legend>
        {text('titleEn')}
        {text('summaryEn', { rows: 3 })}
        {body('bodyEn', 10)}
      </fieldset>
      <CheckboxGroup
        t={t}
        name="topics"
        legend={t('content.form.topics')}
        errors={errors}
        values={state.topics}
        options={sectorChoices(t).map((c) => ({ value: c.value, label: c.label }))}
      />
      {text('tags', { hint: t('content.form.tags.hint') })}
      {text('links', { rows: 3, hint: t('content.form.links.hint') })}
      <Checkbox
        t={t}
        name="isFeatured"
        value="1"
        checked={v('isFeatured') === '1'}
        label={t('content.form.isFeatured')}
      />
    </>
  );
}

function PublishTroubleNotice({ ctx, trouble }: { ctx: RequestContext; trouble: PublishTrouble }) {
  const params = { attempts: trouble.attempts };
  return (
    <p class="alert error" role="alert">
      {trouble.retryAt
        ? ctx.t('content.staff.publishRetry', {
            ...params,
            at: formatDateTime(trouble.retryAt, ctx.locale),
          })
        : ctx.t('content.staff.publishFailed', params)}
    </p>
  );
}

export function ItemFormPage(props: {
  ctx: RequestContext;
  item?: ItemRow;
  revisions?: RevisionRow[];
  state: ItemFormState;
  version?: number;
  errors?: FieldErrors;
  notice?: PageNotice;
  current?: ItemRow;
  /** The text as it would be published, when "Preview" was pressed. */
  preview?: boolean;
  /** Why a scheduled item has not gone out yet, when its publishing failed. */
  publishTrouble?: PublishTrouble;
  /** The media library's images, to reuse one as the cover, and documents to link. */
  library?: MediaLibrary;
}) {
  const { ctx, item, state } = props;
  const { t, locale } = ctx;
  const path = item ? `${STAFF_PATH}/${item.id}` : `${STAFF_PATH}/new`;
  const title = item
    ? t('content.staff.editTitle', { title: item.titleVi })
    : t('content.staff.createTitle');
  return (
    <BackofficePage ctx={ctx} path={path} title={title} errors={props.errors} notice={props.notice}>
      {item && (
        <p class="row">
          <span class="badge">{t(`content.status.${item.status}` as never)}</span>
          {item.publishAt && item.status === 'scheduled' && (
            <span>
              {t('content.staff.publishAt')}: {formatDateTime(item.publishAt, locale)}
            </span>
          )}
        </p>
      )}
      {props.publishTrouble && <PublishTroubleNotice ctx={ctx} trouble={props.publishTrouble} />}
      {item?.reviewNote && item.status === 'draft' && (
        <p class="alert">{t('content.staff.reviewNote', { note: item.reviewNote })}</p>
      )}
      {props.preview && (
        <section aria-labelledby="preview-title" class="card">
          <h2 id="preview-title">{t('content.form.previewTitle')}</h2>
          <h3>{state.values.titleVi}</h3>
          {state.values.summaryVi && <p class="lead">{state.values.summaryVi}</p>}
          <div class="rich-text">{raw(renderRichText(state.values.bodyVi ?? ''))}</div>
        </section>
      )}
      <form method="post" action={path} enctype="multipart/form-data" class="stack">
        {props.version !== undefined && (
          <input type="hidden" name="version" value={String(props.version)} />
        )}
        <ItemFields
          ctx={ctx}
          state={state}
          errors={props.errors}
          current={props.current}
          isNew={!item}
          coverKey={item?.coverKey}
          library={props.library ?? NO_LIBRARY}
        />
        <p class="row">
          <button type="submit" name="intent" value="save">
            {t('common.save')}
          </button>
          <button type="submit" name="intent" value="preview" class="secondary">
            {t('content.form.preview')}
          </button>
        </p>
        <RichEditorParts t={t} library={props.library ?? NO_LIBRARY} />
      </form>
      {item && <ItemWorkflow ctx={ctx} item={item} />}
      {item && props.revisions && <ItemHistory ctx={ctx} item={item} revisions={props.revisions} />}
    </BackofficePage>
  );
}
