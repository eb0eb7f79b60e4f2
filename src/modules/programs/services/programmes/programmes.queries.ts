// Reads of programmes: getX returns one or fails NOT_FOUND; findX returns a filtered page.
import { z } from 'zod';
import type { AuditContext } from '../../../../platform/audit';
import { AppError } from '../../../../platform/errors';
import { PROGRAMME_KINDS, type ProgrammeKind, type Status } from '../../contracts';
import {
  findOrganizationRefById,
  findProgrammeBySlug,
  findProgrammeRows,
  type ProgrammeRow,
} from '../../db/programmes.repository';
import { canSeeProgramme, listedStatuses } from '../../permissions';
import { pageWindow, pageCount } from '../../../../platform/input/paging';
import type { DbDeps } from '../common';

export const PAGE_SIZE = 20;

/** The list's query string; unknown values are dropped rather than refused (links get shared). */
export const ZProgrammeQuery = z.object({
  kind: z.enum(PROGRAMME_KINDS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TProgrammeQuery = z.infer<typeof ZProgrammeQuery>;

export interface ProgrammePage {
  rows: ProgrammeRow[];
  total: number;
  page: number;
  pages: number;
  kind?: ProgrammeKind;
}

/** Published programmes for everyone; staff also see drafts and archived ones. */
export async function findProgrammes(
  deps: DbDeps,
  acting: AuditContext,
  input: { query: TProgrammeQuery; statuses?: readonly Status[] },
): Promise<ProgrammePage> {
  const { query, statuses = listedStatuses(acting.actor) } = input;
  const db = deps.database.db;
  const { rows, total } = await findProgrammeRows(db, {
    statuses,
    kind: query.kind,
    ...pageWindow(query.page, PAGE_SIZE),
  });
  return {
    rows,
    total,
    page: query.page,
    pages: pageCount(total, PAGE_SIZE),
    kind: query.kind,
  };
}

/** A programme the actor may see; NOT_FOUND for unknown ones and for others' drafts. */
export async function getProgrammeBySlug(
  deps: DbDeps,
  acting: AuditContext,
  input: { slug: string },
): Promise<ProgrammeRow> {
  const programme = await findProgrammeBySlug(deps.database.db, input.slug);
  if (!programme || !canSeeProgramme(acting.actor, programme)) throw new AppError('NOT_FOUND');
  return programme;
}

/** The directory organisation that posts a challenge, if any and still listed. */
export const postingOrganizationOf = (
  deps: DbDeps,
  acting: AuditContext,
  { programme }: { programme: ProgrammeRow },
) =>
  programme.postingOrganizationId
    ? findOrganizationRefById(deps.database.db, programme.postingOrganizationId)
    : Promise.resolve(undefined);
