import { hasRole, isSignedIn, type Actor } from '../../../platform/authz';
import type { FieldVisibility } from '../db/tables';
import { VISIBILITIES, type Visibility } from '../domain/taxonomy';

export const isVisibility = (v: string): v is Visibility =>
  (VISIBILITIES as readonly string[]).includes(v);

/** The name of the form control choosing who may see a field. */
export const visibilityName = (field: string) => `visibility.${field}`;

/** Who may see a field marked public, members or staff. */
export function canSeeLevel(actor: Actor, level: 'public' | 'members' | 'staff'): boolean {
  if (level === 'public') return true;
  if (level === 'members') return isSignedIn(actor);
  return hasRole(actor, 'admin', 'staff');
}

/** A copy with the fields this actor may not see set to null. */
export function withVisibleFields<T extends { visibility: FieldVisibility }>(
  row: T,
  actor: Actor,
): T {
  const copy = { ...row };
  for (const [field, level] of Object.entries(row.visibility)) {
    if (field in copy && !canSeeLevel(actor, level))
      (copy as Record<string, unknown>)[field] = null;
  }
  return copy;
}
