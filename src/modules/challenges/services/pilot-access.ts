// Who sees a pilot: the members of its owner's and its solver's organisations, and the centre;
// for anyone else it does not exist.
import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import { isUuid } from '../../../platform/input/uuid';
import { findPilot, type PilotRow } from '../db/pilots.repository';
import { canManagePilots, canSeePilot, type PilotAccess } from '../permissions';
import { actsFor } from './owners';

export async function pilotAccessOf(db: Db, actor: Actor, pilot: PilotRow): Promise<PilotAccess> {
  const [isOwner, isSolver] = await Promise.all([
    actsFor(db, actor, pilot.ownerOrganizationId),
    actsFor(db, actor, pilot.solverOrganizationId),
  ]);
  return { isOwner, isSolver, isCentre: canManagePilots(actor) };
}

export async function pilotInReach(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ pilot: PilotRow; access: PilotAccess }> {
  const pilot = isUuid(id) ? await findPilot(db, id) : undefined;
  if (!pilot) throw new AppError('NOT_FOUND');
  const access = await pilotAccessOf(db, actor, pilot);
  if (!canSeePilot(access)) throw new AppError('NOT_FOUND');
  return { pilot, access };
}
