// Mail delivery as a job of the durable runner (decision 012); the outbox's pages are the
// back-office's.
import type { ModuleManifest } from '../modules/manifest';
import { DELIVER_MAIL_JOB } from './mailer';

export const mailModule: ModuleManifest = {
  id: 'mail',
  jobs: { [DELIVER_MAIL_JOB]: (job, deps) => deps.mail.deliver(job) },
  async warmUp(deps) {
    if ((await deps.mail.scheduleWaiting()) > 0) deps.jobs.wake();
  },
};
