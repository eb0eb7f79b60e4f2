// What challenges hold about an account: the questions it asked, the comments it wrote on
// problems, the agreements it accepted for a solver and the pilot check-ins it reported — and
// their erasure: the names written beside them give way to a pseudonym; the records stay.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import {
  challengesAgreementAcceptances as acceptances,
  challengesPilotCheckIns as checkIns,
  challengesProblemComments as comments,
  challengesProblemVersions as versions,
  challengesQuestions as questions,
} from './tables';

export async function personalRecordsOf(db: Db, accountId: string) {
  const [asked, written, accepted, reported] = await Promise.all([
    db
      .select({
        challengeId: questions.challengeId,
        question: questions.question,
        isAskedPublicly: questions.isAskedPublicly,
        status: questions.status,
        askedAt: questions.createdAt,
      })
      .from(questions)
      .where(eq(questions.askedBy, accountId)),
    db
      .select({ problemId: comments.problemId, body: comments.body, writtenAt: comments.createdAt })
      .from(comments)
      .where(eq(comments.authorId, accountId)),
    db
      .select({
        challengeId: acceptances.challengeId,
        organizationId: acceptances.organizationId,
        agreementVersion: acceptances.agreementVersion,
        acceptedAt: acceptances.acceptedAt,
      })
      .from(acceptances)
      .where(eq(acceptances.acceptedBy, accountId)),
    db
      .select({
        pilotId: checkIns.pilotId,
        checkIn: checkIns.checkIn,
        side: checkIns.side,
        issues: checkIns.issues,
        reportedAt: checkIns.reportedAt,
      })
      .from(checkIns)
      .where(eq(checkIns.reportedBy, accountId)),
  ]);
  return { asked, written, accepted, reported };
}

export async function erasePersonalNames(db: Db, accountId: string, pseudonym: string) {
  await db.update(questions).set({ askerName: pseudonym }).where(eq(questions.askedBy, accountId));
  await db.update(comments).set({ authorName: pseudonym }).where(eq(comments.authorId, accountId));
  await db
    .update(versions)
    .set({ editedByName: pseudonym })
    .where(eq(versions.editedBy, accountId));
  await db
    .update(checkIns)
    .set({ reporterName: pseudonym })
    .where(eq(checkIns.reportedBy, accountId));
}
