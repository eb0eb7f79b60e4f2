// The modules' part of the rights to obtain and to delete one's data (Law 91/2025/QH15 Art. 4;
// Decree 356/2025): each module that keeps records about an account answers for them through its
// manifest's `personalData`, so a module added later needs no change elsewhere.
import type { Db } from '../db/client';
import type { AppDeps } from '../deps';
import type { MessageKey } from '../i18n';
import { installedModules } from './registry';

/** Whose personal data a request is about: the account (and the e-mail it signs in with). */
export interface PersonalDataSubject {
  accountId: string;
  email: string;
}

/** A named part of "download my data": rows of plain values, one CSV file each. */
export interface PersonalDataSection {
  /** `<module>.<what>`, e.g. `directory.person`; also the CSV file's name. */
  id: string;
  rows: Record<string, unknown>[];
}

export interface PersonalDataHooks {
  /** Everything the module holds about the account, as named sections (empty ones left out). */
  collect(deps: AppDeps, subject: PersonalDataSubject): Promise<PersonalDataSection[]>;
  /**
   * Erases or anonymises the account's data in the caller's transaction; records the law requires
   * be kept stay, under `pseudonym` where the person's name was.
   */
  erase(tx: Db, subject: PersonalDataSubject & { pseudonym: string; now: Date }): Promise<void>;
  /** What the module keeps after an erasure and why, shown before the account holder confirms. */
  kept?: MessageKey[];
}

/** The installed modules that hold personal data, in module order. */
export function personalDataHolders(): { module: string; hooks: PersonalDataHooks }[] {
  return installedModules().flatMap((m) =>
    m.personalData ? [{ module: m.id, hooks: m.personalData }] : [],
  );
}
