import type { Db } from '../../../platform/db/client';
import { slugsStartingWith } from '../db/organizations.repository';

const MAX_SLUG_LENGTH = 60;

/** "Công ty Đổi mới Sáng tạo" → "cong-ty-doi-moi-sang-tao". */
export function slugify(name: string): string {
  const slug = name
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'org';
}

/** The slug, or the first free `slug-2`, `slug-3`, … */
export async function uniqueSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await slugsStartingWith(db, base);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
