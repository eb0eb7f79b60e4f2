// An event's registrants as an XLSX for those who manage it: one row each in arrival order — name,
// e-mail, organisation (as a guest list gave it), ticket type, seat, when, by whom, check-in — and
// a column per question of the event with the answer (numbers as numbers), through the
// platform's XLSX writer.
import type { AuditContext } from '../../../platform/audit';
import type { AppDeps } from '../../../platform/deps';
import { officialXlsxBytes, type TableBlock } from '../../../platform/documents';
import { formatDateTime, type Translate, type Locale } from '../../../platform/i18n';
import { vnDay } from '../../../platform/i18n/vn-time';
import type { TAnswers } from '../../programs';
import { answerValue, inLocale, questionsOf } from '../domain/answers';
import type { EventRow } from '../db/events.repository';
import { getManagedEvent } from './event-access';
import { registrantsOf, type Registrant } from './registrants.queries';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

const PART = 1000;

async function everyRegistrant(deps: Deps, event: EventRow): Promise<Registrant[]> {
  const all: Registrant[] = [];
  for (let offset = 0; ; offset += PART) {
    const part = await registrantsOf(deps.database.db, event, { offset, limit: PART });
    all.push(...part);
    if (part.length < PART) return all;
  }
}

function table(t: Translate, locale: Locale, event: EventRow, rows: Registrant[]): TableBlock {
  const questions = questionsOf(event.registrationForm);
  const at = (d: Date | null | undefined) => (d ? formatDateTime(d, locale) : '');
  return {
    type: 'table',
    sheetName: t('events.registrants.sheet'),
    columns: [
      { header: t('events.registrants.number'), kind: 'number', width: 0.5 },
      { header: t('events.registrants.name'), width: 2 },
      { header: t('events.registrants.email'), width: 2 },
      { header: t('events.registrants.organization'), width: 2 },
      { header: t('events.registrants.ticketType') },
      { header: t('events.registrants.state') },
      { header: t('events.registrants.registeredAt') },
      { header: t('events.registrants.registeredBy') },
      { header: t('events.registrants.checkedInAt') },
      ...questions.map((q) => ({ header: inLocale(locale, q.label) })),
    ],
    rows: rows.map((r, i) => [
      i + 1,
      r.registration.name,
      r.registration.email,
      r.registration.organization,
      r.ticketType ? inLocale(locale, { vi: r.ticketType.nameVi, en: r.ticketType.nameEn }) : '',
      t(`events.registrants.status.${r.reservation.status}`),
      at(r.reservation.createdAt),
      r.registeredByName ?? '',
      at(r.checkIns[0]?.checkedInAt),
      ...questions.map((q) => answerValue(q, r.registration.answers as TAnswers, locale)),
    ]),
  };
}

export async function exportRegistrants(
  deps: Deps,
  acting: AuditContext,
  input: { eventId: string; t: Translate; locale: Locale },
): Promise<{ event: EventRow; bytes: Buffer }> {
  const event = await getManagedEvent(deps.database.db, acting.actor, input.eventId);
  const rows = await everyRegistrant(deps, event);
  const actor = acting.actor;
  const bytes = await officialXlsxBytes({
    issuer: { name: input.t('events.registrants.exportIssuer') },
    place: '',
    date: vnDay(deps.clock()),
    kind: input.t('events.registrants.exportKind'),
    summary: input.t('events.registrants.title', { title: event.titleVi }),
    body: [table(input.t, input.locale, event, rows)],
    signature: {
      position: input.t('events.registrants.exportIssuer'),
      name: (actor.kind === 'user' && actor.user.name.trim()) || '……',
    },
    recipients: [],
  });
  return { event, bytes: bytes ?? Buffer.alloc(0) };
}
