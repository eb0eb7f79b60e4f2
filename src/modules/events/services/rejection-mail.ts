// The mail of a registration staff rejected, in the registrant's language.
import type { Translate } from '../../../platform/i18n';

export const rejectionMail = (
  t: Translate,
  mail: { title: string; head: string[]; facts: string[] },
) => ({
  subject: t('events.mail.rejected.subject', { title: mail.title }),
  lines: [...mail.head, t('events.mail.rejected'), ...mail.facts],
});
