import { translator, type Locale } from '../../../platform/i18n';
import type { OutgoingMail } from '../../../platform/mail/mailer';
import { vnDeadline } from '../domain/vn-time';

/** The applicant's confirmation of a submission, in their own language. */
export function submissionLetter(p: {
  to: string;
  name: string;
  locale: Locale;
  receiptNumber: string;
  versionNumber: number;
  callTitle: string;
  programmeTitle: string;
  organizationName: string;
  submittedAt: Date;
  /** The application's status page. */
  url: string;
}): OutgoingMail {
  const t = translator(p.locale);
  const params = {
    receipt: p.receiptNumber,
    call: p.callTitle,
    programme: p.programmeTitle,
    organization: p.organizationName,
    at: vnDeadline(p.submittedAt, p.locale),
    version: p.versionNumber,
  };
  const text = [
    t('programs.mail.greeting', { name: p.name }),
    '',
    t(p.versionNumber > 1 ? 'programs.mail.amended.body' : 'programs.mail.submitted.body', params),
    '',
    t('programs.mail.submitted.receipt', params),
    '',
    p.url,
    '',
    t('programs.mail.signature'),
  ].join('\n');
  return {
    to: p.to,
    subject: t('programs.mail.submitted.subject', params),
    text,
    template: 'programs.application.submitted',
  };
}
