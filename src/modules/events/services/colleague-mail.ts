// The line telling a registrant which colleague registered them, in their mails' greeting.
import type { Db } from '../../../platform/db/client';
import type { Translate } from '../../../platform/i18n';
import { accountContact } from '../../identity';
import type { RegistrationRow } from '../db/registrations.repository';

export async function onBehalfLines(tx: Db, registration: RegistrationRow, t: Translate) {
  if (!registration.registeredBy) return [];
  const colleague = await accountContact(tx, registration.registeredBy);
  return colleague ? [t('events.mail.onBehalf', { name: colleague.name })] : [];
}
