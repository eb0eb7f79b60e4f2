// An accepted report's progress becomes its tasks' progress: the consolidated and annual reports
// and the plan's dashboard read the tasks as they stand, and once the centre accepts an agency's
// statement for the period (status, % done, what was done) that is where each of its tasks
// stands. A task the agency no longer leads is left as it is; a line whose task already says the
// same changes nothing. Runs in the acceptance's transaction: a failure accepts nothing.
import type { Db } from '../../../platform/db/client';
import type { ChangeStamp } from '../../../platform/db/versioned';
import { findTask, updateTaskAtVersion } from '../db/tasks.repository';
import type { ReportRow } from '../db/reports.repository';
import type { ReportLine } from '../domain/report-content';

export interface RecordedProgress {
  code: string;
  status: string;
  percentDone: number;
}

/** Writes one line onto its task, at the version read (read again if it moved meanwhile). */
async function recordLine(tx: Db, agencyId: string, line: ReportLine, stamp: ChangeStamp) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const task = await findTask(tx, line.taskId);
    if (!task || task.leadAgencyId !== agencyId) return false;
    const progressNote = line.note || task.progressNote;
    const isSame =
      task.status === line.status &&
      task.percentDone === line.percentDone &&
      task.progressNote === progressNote;
    if (isSame) return false;
    const patch = { status: line.status, percentDone: line.percentDone, progressNote };
    if (await updateTaskAtVersion(tx, task.id, task.version, patch, stamp)) return true;
  }
  throw new Error(`task ${line.taskId} kept changing while its report was accepted`);
}

export async function recordAcceptedProgress(
  tx: Db,
  report: ReportRow,
  stamp: ChangeStamp,
): Promise<RecordedProgress[]> {
  const recorded: RecordedProgress[] = [];
  for (const line of report.content.lines)
    if (await recordLine(tx, report.agencyId, line, stamp))
      recorded.push({ code: line.code, status: line.status, percentDone: line.percentDone });
  return recorded;
}
