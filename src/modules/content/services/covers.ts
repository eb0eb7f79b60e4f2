import type { AppDeps } from '../../../platform/deps';
import type { ItemRow } from '../db/items.repository';
import { mediaOf } from './media';

export interface CoverSize {
  width: number;
  height: number;
  /** WebP variants from the media library, narrowest first (none for an image not in it). */
  variants: { key: string; width: number }[];
  /** AVIF variants, once the library's job has made them. */
  avifVariants: { key: string; width: number }[];
}

/** Width, height and variants of the covers shown, from the store and the media library. */
export async function coverSizes(
  deps: Pick<AppDeps, 'files' | 'database'>,
  items: ItemRow[],
): Promise<Map<string, CoverSize>> {
  const keys = [...new Set(items.map((i) => i.coverKey).filter((k): k is string => Boolean(k)))];
  const [described, media] = await Promise.all([
    Promise.all(keys.map((k) => deps.files.describe(k))),
    mediaOf(deps, keys),
  ]);
  return new Map(
    described
      .filter((d) => d !== undefined)
      .map((d) => [
        d.key,
        {
          width: d.width,
          height: d.height,
          variants: media.get(d.key)?.variants ?? [],
          avifVariants: media.get(d.key)?.avifVariants ?? [],
        },
      ]),
  );
}
