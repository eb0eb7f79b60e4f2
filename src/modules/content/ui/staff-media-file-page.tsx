// A library file's page: the image (or the document's download link and the address articles
// link to), what it is, and its descriptions to edit. A save made from an older version is
// refused (409) with what was typed kept and what the other person saved shown beside it.
import { BackofficePage } from '../../../platform/backoffice/components';
import type { FieldErrors } from '../../../platform/errors';
import type { RequestContext } from '../../../platform/http/context';
import { formatDateTime } from '../../../platform/i18n';
import type { PageNotice } from '../../../platform/ui/notice';
import { TextField } from '../../../platform/ui/text-controls';
import type { MediaRow } from '../db/media.repository';
import { isMediaImage } from '../domain/media';
import { descriptionOf, documentHref, kindLabel, sizeOf, Thumbnail } from './media-parts';
import { MEDIA_STAFF_PATH } from './paths';

function Facts({ ctx, media }: { ctx: RequestContext; media: MediaRow }) {
  const { t } = ctx;
  const href = documentHref(media);
  return (
    <dl class="facts">
      <dt>{t('content.media.kind')}</dt>
      <dd>{kindLabel(ctx, media)}</dd>
      <dt>{t('content.media.fileName')}</dt>
      <dd>{media.fileName || '—'}</dd>
      <dt>{t('content.media.size')}</dt>
      <dd>{sizeOf(ctx, media) || '—'}</dd>
      <dt>{t('content.media.addedAt')}</dt>
      <dd>{formatDateTime(media.createdAt, ctx.locale)}</dd>
      {!isMediaImage(media) && (
        <>
          <dt>{t('content.media.linkAddress')}</dt>
          <dd>
            <code>{href}</code> — <a href={href}>{t('content.media.download')}</a>
            <p class="hint">
              {t('content.media.linkAddress.hint', { markdown: `[${media.fileName}](${href})` })}
            </p>
          </dd>
        </>
      )}
    </dl>
  );
}

export function StaffMediaFilePage(props: {
  ctx: RequestContext;
  media: MediaRow;
  /** What was typed, after a refused save. */
  typed?: { altVi: string; altEn: string };
  /** After a stale save: the row as the other person saved it. */
  current?: MediaRow;
  version?: number;
  errors?: FieldErrors;
  notice?: PageNotice;
}) {
  const { ctx, media, typed, current, errors } = props;
  const { t } = ctx;
  const path = `${MEDIA_STAFF_PATH}/${media.key}`;
  const isImage = isMediaImage(media);
  const title = descriptionOf(ctx, media) || media.fileName || t('content.media.noDescription');
  return (
    <BackofficePage ctx={ctx} path={path} title={title} errors={errors} notice={props.notice}>
      <p>
        <a href={MEDIA_STAFF_PATH}>{t('content.media.back')}</a>
      </p>
      {isImage && <Thumbnail row={media} alt={descriptionOf(ctx, media)} width={320} />}
      <Facts ctx={ctx} media={media} />
      <form method="post" action={path} class="stack">
        <input type="hidden" name="version" value={String(props.version ?? media.version)} />
        <TextField
          t={t}
          name="altVi"
          label={t(isImage ? 'content.media.upload.altVi' : 'content.media.edit.descriptionVi')}
          hint={isImage ? t('content.media.upload.altVi.hint') : undefined}
          value={typed?.altVi ?? media.altVi}
          current={current?.altVi}
          errors={errors}
          required={isImage}
        />
        <TextField
          t={t}
          name="altEn"
          label={t(isImage ? 'content.media.upload.altEn' : 'content.media.edit.descriptionEn')}
          value={typed?.altEn ?? media.altEn}
          current={current?.altEn}
          errors={errors}
        />
        <p>
          <button type="submit">{t('common.save')}</button>
        </p>
      </form>
    </BackofficePage>
  );
}
