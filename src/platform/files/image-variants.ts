// Responsive variants of a stored image: WebP at a few widths no larger than the original, so a
// phone downloads a picture its screen needs rather than the camera's. Made with sharp (libvips,
// whose binaries ship as npm packages); the original stays the fallback for browsers without
// WebP. Run once per image, when it first enters the media library. sharp is loaded on first use:
// libvips costs the server ~28 MiB that most processes never need.
import type { ImageInfo } from './image';

/** The widths offered: a phone, a tablet or a phone at 2×, a desktop column at 2×. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;

export interface ImageVariant {
  bytes: Uint8Array;
  image: ImageInfo;
}

/** WebP variants at each width below the original's, and at the original's own width. */
export async function webpVariants(
  bytes: Uint8Array,
  original: Pick<ImageInfo, 'width'>,
): Promise<ImageVariant[]> {
  const { default: sharp } = await import('sharp');
  const widths = [...VARIANT_WIDTHS.filter((w) => w < original.width), original.width];
  return Promise.all(
    widths.map(async (width) => {
      const { data, info } = await sharp(bytes, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 78 })
        .toBuffer({ resolveWithObject: true });
      return {
        bytes: new Uint8Array(data),
        image: { kind: 'webp' as const, width: info.width, height: info.height },
      };
    }),
  );
}
