// An offer's public images: shown to every visitor at its own proportions, loaded lazily, from
// their WebP variants when the upload made them (a card's thumbnail from the narrowest that is
// sharp on a 2× screen, the offer's page from a srcset, the original as the fallback); for the
// people who write for its owner, the form that adds one (told it will be public) and a remove
// button under each. Both forms carry the offer's version: a stale page answers 409.
import type { FieldErrors } from '../../../platform/errors';
import { fileUrl } from '../../../platform/files';
import { imageLimits } from '../../../platform/files/image-upload';
import { variantSrcset, type StoredVariant } from '../../../platform/files/image-variants';
import type { RequestContext } from '../../../platform/http/context';
import { ActionButton } from '../../../platform/ui/action-button';
import { ErrorSummary } from '../../../platform/ui/error-summary';
import { FileField, TextField } from '../../../platform/ui/text-controls';
import type { OfferImageRow } from '../db/offer-images.repository';
import { MAX_OFFER_IMAGES, OFFER_IMAGE_RULES } from '../services/offer-images';

export interface OfferImageFormState {
  values?: { altVi: string; altEn: string };
  errors?: FieldErrors;
}

/** An image's description in the reader's language (Vietnamese when no English was given). */
export function altOf(ctx: RequestContext, image: OfferImageRow) {
  return ctx.locale === 'en' && image.altEn ? image.altEn : image.altVi;
}

/** The box a list card's thumbnail fits in, in CSS pixels. */
const THUMB_BOX = 120;

/** The narrowest variant at least this wide (else the widest: the image is narrower). */
function variantFor(variants: readonly StoredVariant[], width: number) {
  return variants.find((v) => v.width >= width) ?? variants.at(-1);
}

/**
 * An offer's first image, small, on its card in a list: its size fitted in the box (never
 * enlarged) so the card keeps its place while the image loads, lazily, below the fold; read from
 * a variant twice as wide as shown, for 2× screens, rather than from the upload (up to 5 MB).
 */
export function OfferThumbnail(props: { ctx: RequestContext; image: OfferImageRow }) {
  const { image } = props;
  const scale = Math.min(1, THUMB_BOX / image.width, THUMB_BOX / image.height);
  const width = Math.max(1, Math.round(image.width * scale));
  const source = variantFor(image.variants, 2 * width);
  return (
    <img
      class="cover"
      src={fileUrl(source?.key ?? image.fileKey)}
      alt={altOf(props.ctx, image)}
      width={width}
      height={Math.max(1, Math.round(image.height * scale))}
      loading="lazy"
      decoding="async"
    />
  );
}

/** The page's column: main is at most 72rem wide, 1.5rem padding on each side. */
const GALLERY_SIZES = '(max-width: 72rem) 100vw, 69rem';

/** An image on the offer's page at its own width and height, from a variant the screen needs. */
function OfferPicture(props: { ctx: RequestContext; image: OfferImageRow }) {
  const { image } = props;
  const img = (
    <img
      class="cover"
      src={fileUrl(image.fileKey)}
      alt={altOf(props.ctx, image)}
      width={image.width}
      height={image.height}
      loading="lazy"
      decoding="async"
    />
  );
  if (image.variants.length === 0) return img;
  return (
    <picture>
      <source type="image/webp" srcset={variantSrcset(image.variants)} sizes={GALLERY_SIZES} />
      {img}
    </picture>
  );
}

function AddImageForm(props: {
  ctx: RequestContext;
  base: string;
  version: number;
  state: OfferImageFormState;
}) {
  const { t } = props.ctx;
  const { errors, values } = props.state;
  return (
    <form method="post" action={`${props.base}/images`} enctype="multipart/form-data">
      <ErrorSummary t={t} errors={errors} />
      <input type="hidden" name="version" value={String(props.version)} />
      <FileField
        t={t}
        name="image"
        label={t('marketplace.image.file', imageLimits(OFFER_IMAGE_RULES))}
        accept=".png,.jpg,.jpeg,.webp,.gif"
        errors={errors}
      />
      <TextField
        t={t}
        name="altVi"
        label={t('marketplace.image.altVi')}
        hint={t('marketplace.image.altVi.hint')}
        value={values?.altVi}
        maxlength={300}
        errors={errors}
      />
      <TextField
        t={t}
        name="altEn"
        label={t('marketplace.image.altEn')}
        value={values?.altEn}
        maxlength={300}
        errors={errors}
      />
      <button type="submit" class="secondary">
        {t('marketplace.image.add')}
      </button>
    </form>
  );
}

export function OfferImagesSection(props: {
  ctx: RequestContext;
  base: string;
  images: OfferImageRow[];
  version: number;
  mayWrite: boolean;
  state?: OfferImageFormState;
}) {
  const { ctx, images } = props;
  const { t } = ctx;
  if (images.length === 0 && !props.mayWrite) return null;
  const max = MAX_OFFER_IMAGES;
  return (
    <section aria-labelledby="offer-images-title">
      <h2 id="offer-images-title">{t('marketplace.image.title')}</h2>
      {props.mayWrite && <p class="muted">{t('marketplace.image.publicNote')}</p>}
      {images.map((image) => (
        // Not <figure>: its default side margins would narrow the image on a phone.
        <div class="stack">
          <OfferPicture ctx={ctx} image={image} />
          {props.mayWrite && (
            <div>
              <ActionButton
                action={`${props.base}/images/${image.id}/remove`}
                label={t('marketplace.image.remove')}
                ariaLabel={`${t('marketplace.image.remove')}: ${altOf(ctx, image)}`}
                kind="danger"
                hidden={{ version: props.version }}
              />
            </div>
          )}
        </div>
      ))}
      {props.mayWrite && <p>{t('marketplace.image.count', { count: images.length, max })}</p>}
      {props.mayWrite &&
        (images.length < max ? (
          <AddImageForm
            ctx={ctx}
            base={props.base}
            version={props.version}
            state={props.state ?? {}}
          />
        ) : (
          <>
            <ErrorSummary t={t} errors={props.state?.errors} />
            <p>{t('marketplace.image.full', { max })}</p>
          </>
        ))}
    </section>
  );
}
