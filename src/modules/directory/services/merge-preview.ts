import type { AppDeps } from '../../../platform/deps';
import { AppError } from '../../../platform/errors';
import { findOrganizationBySlug, type OrganizationRow } from '../db/organizations.repository';
import { isLive } from './managers';

/** Two live, different profiles named by their slugs, for the merge page; NOT_FOUND otherwise. */
export async function getMergePair(
  deps: Pick<AppDeps, 'database'>,
  input: { slugA: string; slugB: string },
): Promise<{ a: OrganizationRow; b: OrganizationRow }> {
  const { db } = deps.database;
  const [a, b] = await Promise.all([
    findOrganizationBySlug(db, input.slugA),
    findOrganizationBySlug(db, input.slugB),
  ]);
  if (!a || !b || a.id === b.id || !isLive(a) || !isLive(b)) throw new AppError('NOT_FOUND');
  return { a, b };
}
