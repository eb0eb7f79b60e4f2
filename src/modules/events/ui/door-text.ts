// The door's addresses and its clock (HH:MM in Vietnam time), shared by its pages, services and mails.
import { vnWallClock } from '../../../platform/i18n/vn-time';
import type { EventRow } from '../db/events.repository';
import { STAFF_PATH } from '../permissions';

export const checkInPath = (e: Pick<EventRow, 'id'>) => `${STAFF_PATH}/${e.id}/check-in`;
export const walkInPath = (e: Pick<EventRow, 'id'>) => `${checkInPath(e)}/walk-in`;
export const volunteersPath = (e: Pick<EventRow, 'id'>) => `${STAFF_PATH}/${e.id}/volunteers`;
export const hm = (d: Date) => vnWallClock(d).toISOString().slice(11, 16);
