// Responsive variants of a stored image: WebP at a few widths no larger than the original, so a
// phone downloads a picture its screen needs rather than the camera's. Made with sharp (libvips,
// whose binaries ship as npm packages); the original stays the fallback for browsers without
// WebP, and AVIF variants (smaller still) follow from a job. Run once per image. sharp is loaded
// on first use: libvips costs the server ~28 MiB that most processes never need.
import { fileUrl } from './files.module';
import type { ImageInfo } from './image';
import type { FileStore } from './store';

/**
 * The widths offered: a list's thumbnail at 2×, a phone, a tablet or a phone at 2×, a desktop
 * column at 2×.
 */
export const VARIANT_WIDTHS = [240, 480, 960, 1600] as const;

export interface ImageVariant {
  bytes: Uint8Array;
  image: ImageInfo;
}

type VariantFormat = 'webp' | 'avif';

/** Quality for a photo at a screen's width; AVIF reaches WebP's look at a lower setting. */
const ENCODE: Record<VariantFormat, Record<string, number>> = {
  webp: { quality: 78 },
  avif: { quality: 55 },
};

/**
 * Variants in one format at each width below the original's, and at the original's own width.
 * WebP takes about a second at 1,600 px on two cores; AVIF ten to fifty times longer (measured,
 * decision 023), so AVIF is made by a job, never while someone waits.
 */
export async function imageVariants(
  bytes: Uint8Array,
  original: Pick<ImageInfo, 'width'>,
  format: VariantFormat,
): Promise<ImageVariant[]> {
  const { default: sharp } = await import('sharp');
  const widths = [...VARIANT_WIDTHS.filter((w) => w < original.width), original.width];
  return Promise.all(
    widths.map(async (width) => {
      const { data, info } = await sharp(bytes, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .toFormat(format, ENCODE[format])
        .toBuffer({ resolveWithObject: true });
      return {
        bytes: new Uint8Array(data),
        image: { kind: format, width: info.width, height: info.height },
      };
    }),
  );
}

/** WebP variants, made when an image is stored: in the media library, on a marketplace offer. */
export const webpVariants = (bytes: Uint8Array, original: Pick<ImageInfo, 'width'>) =>
  imageVariants(bytes, original, 'webp');

/** A stored variant as a table keeps it: its key in the public store and its size. */
export interface StoredVariant {
  key: string;
  width: number;
  height: number;
}

/** Stores each variant in the public store; their keys and sizes, narrowest first. */
export function storeVariants(files: FileStore, made: ImageVariant[]): Promise<StoredVariant[]> {
  return Promise.all(
    made.map(async (v) => {
      const stored = await files.putImage(v.bytes, v.image);
      return { key: stored.key, width: stored.width, height: stored.height };
    }),
  );
}

/** A srcset offering the variants at their widths. */
export const variantSrcset = (variants: readonly Pick<StoredVariant, 'key' | 'width'>[]) =>
  variants.map((v) => `${fileUrl(v.key)} ${v.width}w`).join(', ');
