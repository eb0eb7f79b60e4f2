// Labels of the portfolio's choices and values, shared by its pages.
import { formatDate, startOfVnDay, type Locale, type Translate } from '../../../platform/i18n';
import type { Choice } from '../../../platform/ui/choice-controls';
import { IP_STAGES } from '../domain/ip-asset';

export const stageLabel = (t: Translate, s: string) => t(`marketplace.ip.stage.${s}` as never);
export const stageChoices = (t: Translate): Choice[] =>
  IP_STAGES.map((s) => ({ value: s, label: stageLabel(t, s) }));

/** A stored day (yyyy-mm-dd) as dd/mm/yyyy; '' for none. */
export const dayText = (day: string | null, locale: Locale) =>
  day ? formatDate(startOfVnDay(day)!, locale) : '';
