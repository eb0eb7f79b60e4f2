// moveProgrammeDocument outcomes: moved one place up or down (audited: the order before and
// after) | unchanged (already first or last: nothing written) | NOT_FOUND (thrown: unknown
// programme or document, or not the actor's to manage).
import { recordAudit, type AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import {
  findProgrammeDocuments,
  setProgrammeDocumentPositions,
} from '../../db/programmes.repository';
import { canManageProgrammes } from '../../permissions';
import { requireCapability, type DbDeps } from '../common';

export const MOVES = ['up', 'down'] as const;
export type TMove = (typeof MOVES)[number];

export async function moveProgrammeDocument(
  deps: DbDeps,
  acting: AuditContext,
  input: { programmeId: string; documentId: string; move: TMove },
): Promise<{ ok: true; isMoved: boolean }> {
  const { programmeId, documentId, move } = input;
  requireCapability(canManageProgrammes(acting.actor));
  return deps.database.db.transaction(async (tx) => {
    const before = (await findProgrammeDocuments(tx, programmeId, { forUpdate: true })).map(
      (d) => d.id,
    );
    const from = before.indexOf(documentId);
    if (from < 0) throw new AppError('NOT_FOUND');
    const to = move === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= before.length) return { ok: true, isMoved: false };
    const after = [...before];
    [after[from], after[to]] = [after[to]!, after[from]!];
    await setProgrammeDocumentPositions(tx, after);
    await recordAudit(tx, acting, {
      action: 'programs.programme:moveDocument',
      entityType: 'programme',
      entityId: programmeId,
      before: { order: before },
      after: { order: after },
    });
    return { ok: true, isMoved: true };
  });
}
