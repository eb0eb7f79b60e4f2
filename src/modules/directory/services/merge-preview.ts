import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import { findOrganizationBySlug, type OrganizationRow } from '../db/organizations.repository';
import { isLive } from './managers';

/** Two live, different profiles named by their slugs, for the merge page; NOT_FOUND otherwise. */
export async function getMergePair(
  db: Db,
  slugA: string,
  slugB: string,
): Promise<{ a: OrganizationRow; b: OrganizationRow }> {
  const [a, b] = await Promise.all([
    findOrganizationBySlug(db, slugA),
    findOrganizationBySlug(db, slugB),
  ]);
  if (!a || !b || a.id === b.id || !isLive(a) || !isLive(b)) throw new AppError('NOT_FOUND');
  return { a, b };
}
