// What the council commands and queries share: inputs and the lookup that answers NOT_FOUND.
import { z } from 'zod';
import type { Db } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import { ZText } from '../../contracts';
import {
  findCouncilById,
  findMembers,
  lockCouncil,
  type CouncilMemberRow,
  type CouncilRow,
} from '../../db/council.repository';
import { COUNCIL_ROLES } from '../../db/tables';
import type { Refusal } from '../common';
import { isUuid } from '../../../../platform/input/uuid';

export const ZCouncilInput = z.object({
  titleVi: ZText(300).pipe(z.string().min(1)),
  titleEn: ZText(300).default(''),
  decisionNumber: ZText(100).default(''),
  roundId: z.string().default(''),
});
export type TCouncilInput = z.input<typeof ZCouncilInput>;

export const ZCouncilMemberInput = z.object({
  /** A reviewer from the call's pools (account id), or a directory person profile. */
  reviewerId: z.string().default(''),
  profile: ZText(300).default(''),
  role: z.enum(COUNCIL_ROLES),
  affiliation: ZText(300).default(''),
});
export type TCouncilMemberInput = z.input<typeof ZCouncilMemberInput>;

export const ZMeetingInput = z.object({
  meetingPlace: ZText(300).pipe(z.string().min(1)),
  meetingAt: z.date({ message: 'programs.council.error.meetingAt' }),
  conclusions: ZText(20_000).default(''),
  presentIds: z.array(z.string()).max(100),
});
export type TMeetingInput = z.input<typeof ZMeetingInput>;

export async function getCouncil(db: Db, councilId: string): Promise<CouncilRow> {
  const council = isUuid(councilId) ? await findCouncilById(db, councilId) : undefined;
  if (!council) throw new AppError('NOT_FOUND');
  return council;
}

/**
 * In a command's transaction: the council, locked, and its members, while its composition may
 * change. Once its meeting is recorded the minutes are a legal record, and the members they
 * name stay as they are: MEETING_RECORDED.
 */
export async function lockComposition(
  tx: Db,
  councilId: string,
): Promise<{ council: CouncilRow; members: CouncilMemberRow[] } | Refusal<'MEETING_RECORDED'>> {
  const council = await lockCouncil(tx, councilId);
  if (!council) throw new AppError('NOT_FOUND');
  if (council.meetingAt) return { ok: false, reason: 'MEETING_RECORDED' };
  return { council, members: await findMembers(tx, councilId) };
}
