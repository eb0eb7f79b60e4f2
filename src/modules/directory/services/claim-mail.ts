import { translator, type Locale } from '../../../platform/i18n';
import type { OutgoingMail } from '../../../platform/mail/mailer';

/** The claimant's letter after a decision, in their own language. */
export function claimDecisionLetter(p: {
  to: string;
  name: string;
  locale: Locale;
  approved: boolean;
  organizationName: string;
  /** The profile (approved: its edit page). */
  url: string;
  note?: string;
}): OutgoingMail {
  const t = translator(p.locale);
  const params = { organization: p.organizationName };
  const text = [
    t('directory.mail.greeting', { name: p.name }),
    '',
    t(
      p.approved ? 'directory.mail.claim.approved.body' : 'directory.mail.claim.rejected.body',
      params,
    ),
    ...(p.note ? ['', t('directory.mail.claim.note'), p.note] : []),
    '',
    p.url,
    '',
    t('directory.mail.signature'),
  ].join('\n');
  return {
    to: p.to,
    subject: t(
      p.approved
        ? 'directory.mail.claim.approved.subject'
        : 'directory.mail.claim.rejected.subject',
      params,
    ),
    text,
    template: p.approved ? 'directory.claim.approved' : 'directory.claim.rejected',
  };
}
