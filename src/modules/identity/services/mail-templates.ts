import type { OutgoingMail } from '../../../platform/mail/mailer';
import { isLocale, translator, type MessageKey, type Params } from '../../../platform/i18n';

interface Letter {
  to: string;
  locale: unknown;
  name: string;
  subject: MessageKey;
  body: MessageKey;
  params?: Params;
  url: string;
  template: string;
}

/** A plain-text letter (greeting, body, link, signature) in the recipient's language. */
export function letter({
  to,
  locale,
  name,
  subject,
  body,
  params,
  url,
  template,
}: Letter): OutgoingMail {
  const t = translator(isLocale(locale) ? locale : 'vi');
  const text = [
    t('identity.mail.greeting', { name }),
    '',
    t(body, params),
    url,
    '',
    t('identity.mail.ignore'),
    '',
    t('identity.mail.signature'),
  ].join('\n');
  return { to, subject: t(subject, params), text, template };
}
