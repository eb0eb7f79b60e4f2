// The decision letter to an applicant's account, in that account's language.
import { translator, type Locale } from '../../../../platform/i18n';
import type { OutgoingMail } from '../../../../platform/mail/mailer';
import type { Localized, TDecisionOutcome } from '../../db/tables';
import { inLocale } from '../../ui/labels';

export function decisionLetter(p: {
  to: string;
  name: string;
  locale: Locale;
  outcome: TDecisionOutcome;
  programme: Localized;
  call: Localized;
  organizationName: string;
  prize?: Localized;
  note: string;
  url: string;
}): OutgoingMail {
  const t = translator(p.locale);
  const params = {
    programme: inLocale(p.locale, p.programme.vi, p.programme.en),
    call: inLocale(p.locale, p.call.vi, p.call.en),
    organization: p.organizationName,
    prize: p.prize ? inLocale(p.locale, p.prize.vi, p.prize.en) : '',
  };
  const text = [
    t('programs.decisionMail.greeting', { name: p.name }),
    '',
    t(`programs.decisionMail.${p.outcome}.body`, params),
    ...(p.note ? ['', t('programs.decisionMail.note'), p.note] : []),
    '',
    t('programs.decisionMail.link'),
    p.url,
    '',
    t('programs.decisionMail.signature'),
  ].join('\n');
  return {
    to: p.to,
    subject: t(`programs.decisionMail.${p.outcome}.subject`, params),
    text,
    template: `programs.decision.${p.outcome}`,
  };
}
