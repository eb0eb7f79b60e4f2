export {
  cancelJob,
  scheduleJob,
  scheduleJobPlaceholders,
  scheduleJobStatement,
  scheduledJobValues,
  type ScheduleJob,
} from './schedule';
export {
  createJobRunner,
  retryDelayMs,
  withJobRunner,
  type Foreground,
  type JobHandler,
  type JobRun,
  type JobRunner,
  type JobRunnerOptions,
} from './runner';
export { countJobsWaiting, findJobByKey, type JobRow } from './jobs.repository';
