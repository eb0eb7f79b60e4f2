// The one place where every catalog is merged; a module adds its own `i18n/index.ts` here.
import * as api from './messages/api';
import * as backoffice from './messages/backoffice';
import * as shell from './messages/shell';
import * as directory from '../../modules/directory/i18n/index';
import * as identity from '../../modules/identity/i18n/index';
import * as programs from '../../modules/programs/i18n/index';

export const messages = {
  vi: { ...shell.vi, ...backoffice.vi, ...api.vi, ...identity.vi, ...directory.vi, ...programs.vi },
  en: { ...shell.en, ...backoffice.en, ...api.en, ...identity.en, ...directory.en, ...programs.en },
};

export type MessageKey = keyof typeof messages.vi;
