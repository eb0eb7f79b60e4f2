import type { AppDeps } from '../../../platform/deps';
import type { ItemRow } from '../db/items.repository';

export interface CoverSize {
  width: number;
  height: number;
}

/** Width and height of the covers shown, read from the store (which remembers them). */
export async function coverSizes(
  deps: Pick<AppDeps, 'files'>,
  items: ItemRow[],
): Promise<Map<string, CoverSize>> {
  const keys = [...new Set(items.map((i) => i.coverKey).filter((k): k is string => Boolean(k)))];
  const described = await Promise.all(keys.map((k) => deps.files.describe(k)));
  return new Map(
    described
      .filter((d) => d !== undefined)
      .map((d) => [d.key, { width: d.width, height: d.height }]),
  );
}
