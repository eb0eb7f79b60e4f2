// What the events module holds about a person — registrations made by their account or under
// their e-mail (a guest's), the seats behind them, their private calendar feed and the feedback
// they gave — and its erasure. The registrations and seats stay, under the pseudonym and without
// any address, answers, gender, organisation or working link, so every event's totals and signed
// lists still add up (the person counts as "not given" by gender); the feed goes, and the
// feedback keeps its rating without its comment.
import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  platformReservationCheckins as checkins,
  platformReservationPools as pools,
  platformReservations as reservations,
} from '../../../platform/reservations';
import { eventsCheckInVolunteers as volunteers } from './door-tables';
import { eventsCalendarFeeds as feeds, eventsFeedback as feedback } from './follow-up-tables';
import {
  eventsEvents as events,
  eventsRegistrations as registrations,
  eventsTicketTypes as ticketTypes,
} from './tables';

export interface PersonSubject {
  accountId: string;
  email: string;
}

const ofSubject = (s: PersonSubject) =>
  or(eq(registrations.accountId, s.accountId), eq(registrations.email, s.email.toLowerCase()));

export async function personalRecordsOf(db: Db, subject: PersonSubject) {
  const checkedInAt = sql<Date | null>`(select min(${checkins.checkedInAt}) from ${checkins} where ${checkins.reservationId} = ${registrations.reservationId})`;
  const [registered, feed, given, door] = await Promise.all([
    db
      .select({
        event: events.titleVi,
        eventStartsAt: events.startsAt,
        ticketType: ticketTypes.nameVi,
        name: registrations.name,
        email: registrations.email,
        locale: registrations.locale,
        gender: registrations.gender,
        organization: registrations.organization,
        status: reservations.status,
        partySize: reservations.partySize,
        answers: registrations.answers,
        registeredAt: registrations.createdAt,
        confirmedAt: registrations.confirmedAt,
        checkedInAt,
      })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .innerJoin(ticketTypes, eq(ticketTypes.id, registrations.ticketTypeId))
      .leftJoin(reservations, eq(reservations.id, registrations.reservationId))
      .where(ofSubject(subject))
      .orderBy(registrations.createdAt),
    db
      .select({ createdAt: feeds.createdAt })
      .from(feeds)
      .where(eq(feeds.accountId, subject.accountId)),
    db
      .select({
        event: events.titleVi,
        rating: feedback.rating,
        comment: feedback.comment,
        givenAt: feedback.createdAt,
      })
      .from(feedback)
      .innerJoin(registrations, eq(registrations.id, feedback.registrationId))
      .innerJoin(events, eq(events.id, feedback.eventId))
      .where(ofSubject(subject)),
    db
      .select({ event: events.titleVi, grantedAt: volunteers.createdAt })
      .from(volunteers)
      .innerJoin(events, eq(events.id, volunteers.eventId))
      .where(eq(volunteers.accountId, subject.accountId)),
  ]);
  return { registered, feed, given, door };
}

async function eraseSeats(
  tx: Db,
  ownerModule: string,
  subject: PersonSubject & { pseudonym: string },
  reservationIds: string[],
) {
  const ofModule = tx
    .select({ id: pools.id })
    .from(pools)
    .where(eq(pools.ownerModule, ownerModule));
  await tx
    .update(reservations)
    .set({ accountId: null, guestEmail: null, guestName: subject.pseudonym, holderKey: null })
    .where(
      and(
        inArray(reservations.poolId, ofModule),
        or(
          eq(reservations.accountId, subject.accountId),
          eq(reservations.guestEmail, subject.email.toLowerCase()),
          reservationIds.length > 0 ? inArray(reservations.id, reservationIds) : undefined,
        ),
      ),
    );
  // Who checked people in at the door, when the erased account was a volunteer or staff.
  await tx
    .update(checkins)
    .set({ checkedInById: null, checkedInByLabel: subject.pseudonym })
    .where(eq(checkins.checkedInById, subject.accountId));
}

export async function erasePersonalRecords(
  tx: Db,
  ownerModule: string,
  subject: PersonSubject & { pseudonym: string },
) {
  const erased = await tx
    .update(registrations)
    .set({
      accountId: null,
      name: subject.pseudonym,
      email: '',
      answers: {},
      gender: null,
      organization: '',
      confirmTokenHash: null,
      // The manage link stops working: its hash is replaced by one nobody holds.
      manageTokenHash: sql`'erased:' || ${registrations.id}`,
    })
    .where(ofSubject(subject))
    .returning({ id: registrations.id, reservationId: registrations.reservationId });
  const ids = erased.map((r) => r.id);
  if (ids.length > 0)
    await tx.update(feedback).set({ comment: '' }).where(inArray(feedback.registrationId, ids));
  await tx
    .update(registrations)
    .set({ registeredBy: null })
    .where(
      and(isNotNull(registrations.registeredBy), eq(registrations.registeredBy, subject.accountId)),
    );
  await tx.delete(feeds).where(eq(feeds.accountId, subject.accountId));
  // A check-in volunteer's grant names the account: it goes (the check-ins it made stay, below).
  await tx.delete(volunteers).where(eq(volunteers.accountId, subject.accountId));
  await eraseSeats(
    tx,
    ownerModule,
    subject,
    erased.flatMap((r) => (r.reservationId ? [r.reservationId] : [])),
  );
}
