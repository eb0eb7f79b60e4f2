import { translator, type Locale, type Translate } from '../../../../platform/i18n';
import type { OutgoingMail } from '../../../../platform/mail/mailer';
import { vnDeadline } from '../../../../platform/i18n';

/** The plain text of the applicants' letters: greeting, what happened, the link, signature. */
const letterText = (t: Translate, name: string, lines: string[], url: string) =>
  [
    t('programs.mail.greeting', { name }),
    '',
    ...lines,
    '',
    url,
    '',
    t('programs.mail.signature'),
  ].join('\n');

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
  const body = p.versionNumber > 1 ? 'programs.mail.amended.body' : 'programs.mail.submitted.body';
  const lines = [t(body, params), '', t('programs.mail.submitted.receipt', params)];
  return {
    to: p.to,
    subject: t('programs.mail.submitted.subject', params),
    text: letterText(t, p.name, lines, p.url),
    template: 'programs.application.submitted',
  };
}

/** Tells an account, in its own language, that it may now open and save an application's draft. */
export function coEditorLetter(p: {
  to: string;
  name: string;
  locale: Locale;
  /** Who added them. */
  by: string;
  callTitle: string;
  programmeTitle: string;
  organizationName: string;
  /** The application's form. */
  url: string;
}): OutgoingMail {
  const t = translator(p.locale);
  const params = {
    by: p.by,
    call: p.callTitle,
    programme: p.programmeTitle,
    organization: p.organizationName,
  };
  return {
    to: p.to,
    subject: t('programs.mail.coEditor.subject', params),
    text: letterText(t, p.name, [t('programs.mail.coEditor.body', params)], p.url),
    template: 'programs.application.co-editor-added',
  };
}
