// The reminder job: e-mails the funded organisation's owners and admins REMINDER_DAYS before a
// milestone is due. Nothing is sent when the milestone is gone, was moved (its new date has its
// own job), is already reported, or its project is closed. The milestone row records the due
// date reminded for, in the transaction that queues the letters, so a job run twice (a runner
// that died) queues them once; their delivery is a job of its own (mail.deliver).
import { z } from 'zod';
import type { AppDeps } from '../../../../platform/deps';
import { formatDate, translator } from '../../../../platform/i18n';
import type { JobRun } from '../../../../platform/jobs';
import { log } from '../../../../platform/log/logger';
import { accountContact, accountMembers, isAccountManagerRole } from '../../../identity';
import {
  claimMilestoneReminder,
  findMilestone,
  findProjectById,
  liveReportOf,
  managingAccountOf,
} from '../../db/projects.repository';

const ZPayload = z.object({ milestoneId: z.uuid(), dueOn: z.string() });

export const MEMBER_PROJECTS_PATH = '/account/projects';

export async function remindMilestone(job: JobRun, deps: AppDeps): Promise<void> {
  const db = deps.database.db;
  const { milestoneId, dueOn } = ZPayload.parse(job.payload);
  const milestone = await findMilestone(db, milestoneId);
  if (!milestone || milestone.dueOn !== dueOn) return;
  const project = await findProjectById(db, milestone.projectId);
  if (!project || project.status === 'closed' || (await liveReportOf(db, milestone.id))) return;
  const account = await managingAccountOf(db, project.organizationId);
  const userIds = account
    ? (await accountMembers(db, account))
        .filter((m) => isAccountManagerRole(m.role))
        .map((m) => m.userId)
    : [];
  const contacts = (await Promise.all(userIds.map((id) => accountContact(db, id)))).filter(
    (c) => c !== undefined,
  );
  if (contacts.length === 0) {
    log.warn('milestone reminder has nobody to write to', { projectId: project.id, milestoneId });
    return;
  }
  const isClaimed = await db.transaction(async (tx) => {
    if (!(await claimMilestoneReminder(tx, milestone.id, dueOn))) return false;
    for (const contact of contacts) {
      const t = translator(contact.locale);
      const params = {
        name: contact.name,
        project: contact.locale === 'en' && project.titleEn ? project.titleEn : project.titleVi,
        milestone: milestone.title,
        due: formatDate(new Date(`${dueOn}T00:00:00+07:00`), contact.locale),
        url: `${deps.config.publicUrl}${MEMBER_PROJECTS_PATH}/${project.id}`,
      };
      await deps.mail.queue(tx, {
        to: contact.email,
        subject: t('programs.project.reminder.subject', params),
        text: t('programs.project.reminder.body', params),
        template: 'programs.milestone-reminder',
      });
    }
    return true;
  });
  if (isClaimed) deps.jobs.wake();
}
