// Two quarters of the demo plan's periodic reports (2026 Q1 and Q2, quarterly, due on the 15th)
// at every state: accepted after a return, accepted, submitted, returned, still a draft — and for
// the reporting discipline, one agency submitting three days late.
import type { Db } from '../../../platform/db/client';
import { insertReportIfAbsent, insertSchedule, insertSubmission } from '../db/reports.repository';
import { tasksOfPlan } from '../db/tasks.repository';
import type { ReportContent, ReportStatus } from '../domain/report-content';
import { periodOf } from '../domain/report-period';
import { scheduleOpening } from '../services/report-schedule';

/** By quarter, each agency's report state. */
const STATES: Record<string, Record<string, ReportStatus | 'returned_then_accepted'>> = {
  '2026-01-10': {
    SKHCN: 'returned_then_accepted',
    STTTT: 'accepted',
    SGDĐT: 'submitted',
    ĐHHP: 'returned',
    SKHĐT: 'draft',
  },
  '2026-04-10': {
    SKHCN: 'submitted',
    STTTT: 'draft',
    SGDĐT: 'draft',
    ĐHHP: 'accepted',
    SKHĐT: 'draft',
  },
};

/** By period, the agency that submitted late. */
const LATE: Record<string, string> = { '2026-Q1': 'SGDĐT' };
const threeDaysAfter = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);

const at = (day: string) => new Date(`${day}T09:00:00+07:00`);

export async function seedDemoReports(
  tx: Db,
  planId: string,
  agencies: Map<string, string>,
  today: string,
): Promise<void> {
  const schedule = await insertSchedule(tx, {
    planId,
    frequency: 'quarterly',
    dueDay: 15,
    createdBy: 'demo',
  });
  const tasks = await tasksOfPlan(tx, planId);
  for (const [day, states] of Object.entries(STATES)) {
    const period = periodOf('quarterly', day, 15);
    for (const [code, state] of Object.entries(states)) {
      const agencyId = agencies.get(code)!;
      const content = (percentShift: number): ReportContent => ({
        lines: tasks
          .filter((t) => t.leadAgencyId === agencyId)
          .map((t) => ({
            taskId: t.id,
            code: t.code,
            title: t.title,
            status: t.status,
            percentDone: Math.max(0, t.percentDone - percentShift),
            note: state === 'draft' ? '' : 'Triển khai theo kế hoạch; số liệu chi tiết kèm theo.',
          })),
        difficulties: state === 'draft' ? '' : 'Thiếu chuyên gia cố vấn có kinh nghiệm gọi vốn.',
        proposals: state === 'draft' ? '' : 'Đề nghị bổ sung kinh phí thuê chuyên gia.',
      });
      const status = state === 'returned_then_accepted' ? 'accepted' : state;
      const report = await insertReportIfAbsent(tx, {
        scheduleId: schedule.id,
        planId,
        agencyId,
        periodKey: period.key,
        periodStart: period.start,
        periodEnd: period.end,
        dueOn: period.dueOn,
        status,
        content: content(0),
        createdBy: 'demo',
      });
      if (!report || state === 'draft') continue;
      const submittedOn = LATE[period.key] === code ? threeDaysAfter(period.dueOn) : period.dueOn;
      if (state === 'returned_then_accepted' || state === 'returned')
        await insertSubmission(tx, {
          reportId: report.id,
          number: 1,
          content: content(10),
          submittedAt: at(submittedOn),
          outcome: 'returned',
          comment: 'Đề nghị bổ sung số liệu kết quả và minh chứng.',
          reviewedAt: at(submittedOn),
        });
      if (state !== 'returned')
        await insertSubmission(tx, {
          reportId: report.id,
          number: state === 'returned_then_accepted' ? 2 : 1,
          content: content(0),
          submittedAt: at(submittedOn),
          outcome: state === 'submitted' ? 'pending' : 'accepted',
          reviewedAt: state === 'submitted' ? null : at(submittedOn),
        });
    }
  }
  await scheduleOpening(tx, schedule, today);
}
