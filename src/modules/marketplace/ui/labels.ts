// Labels of the marketplace's choices, shared by its pages.
import type { Translate } from '../../../platform/i18n';
import type { Choice } from '../../../platform/ui/choice-controls';
import { SECTORS } from '../../directory';
import { IP_KINDS, TRANSFER_FORMS, TRL_LEVELS } from '../domain/offer';

export const sectorLabel = (t: Translate, s: string) => t(`directory.sector.${s}` as never);
export const sectorChoices = (t: Translate): Choice[] =>
  SECTORS.map((s) => ({ value: s, label: sectorLabel(t, s) }));
export const transferLabel = (t: Translate, f: string) => t(`marketplace.transfer.${f}` as never);
export const transferChoices = (t: Translate): Choice[] =>
  TRANSFER_FORMS.map((f) => ({ value: f, label: transferLabel(t, f) }));
export const ipKindLabel = (t: Translate, k: string) => t(`marketplace.ipKind.${k}` as never);
export const ipKindChoices = (t: Translate): Choice[] =>
  IP_KINDS.map((k) => ({ value: k, label: ipKindLabel(t, k) }));
export const trlLabel = (t: Translate, level: number) =>
  `TRL ${level} — ${t(`marketplace.trl.${level}` as never)}`;
export const trlChoices = (t: Translate): Choice[] =>
  TRL_LEVELS.map((l) => ({ value: String(l), label: trlLabel(t, l) }));
export const ownerKindLabel = (t: Translate, k: string) => t(`directory.kind.${k}` as never);
/** Owner kinds the public list filters by. */
export const OWNER_KIND_FILTERS = [
  'university',
  'research_institute',
  'tech_transfer_office',
  'enterprise',
  'sme',
  'startup',
] as const;
