import type { MessageKey, Translate } from '../../../platform/i18n';
import { provinceByCode } from '../domain/provinces';

export const kindLabel = (t: Translate, kind: string) => t(`directory.kind.${kind}` as MessageKey);
export const stageLabel = (t: Translate, stage: string) =>
  t(`directory.stage.${stage}` as MessageKey);
export const sectorLabel = (t: Translate, sector: string) =>
  t(`directory.sector.${sector}` as MessageKey);
export const certificationLabel = (t: Translate, c: string) =>
  t(`directory.certification.${c}` as MessageKey);
export const provinceLabel = (code: string | null | undefined) =>
  (code && provinceByCode(code)?.shortName) || '';
