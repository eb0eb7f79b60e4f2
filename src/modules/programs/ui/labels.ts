import type { Locale, MessageKey, Translate } from '../../../platform/i18n';
import { PROGRAMME_KINDS, STATUSES } from '../contracts';
import type { CallPhase } from '../domain/call-window';

export const kindLabel = (t: Translate, kind: string) => t(`programs.kind.${kind}` as MessageKey);
export const statusLabel = (t: Translate, status: string) =>
  t(`programs.status.${status}` as MessageKey);
export const phaseLabel = (t: Translate, phase: CallPhase) => t(`programs.phase.${phase}`);

export const kindOptions = (t: Translate) =>
  PROGRAMME_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }));
export const statusOptions = (t: Translate) =>
  STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }));

/** The text in the reader's language, Vietnamese when there is no English. */
export const inLocale = (locale: Locale, vi: string, en: string) =>
  locale === 'en' && en.trim() ? en : vi;
