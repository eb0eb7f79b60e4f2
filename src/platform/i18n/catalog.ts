// The one place where every catalog is merged; a module adds its own `i18n.ts` here.
import * as shell from './messages/shell';
import * as identity from '../../modules/identity/i18n';

export const messages = {
  vi: { ...shell.vi, ...identity.vi },
  en: { ...shell.en, ...identity.en },
};

export type MessageKey = keyof typeof messages.vi;
