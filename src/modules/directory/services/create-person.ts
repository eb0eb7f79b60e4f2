// Outcomes: created | INVALID (field messages, e.g. external id taken) — nothing stored on refusal.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isAuditedActor, recordAudit, type AuditContext } from '../../../platform/audit';
import type { Db } from '../../../platform/db/client';
import type { FieldErrors } from '../../../platform/errors';
import { fieldErrors } from '../../../platform/input/validation';
import { searchKey, slugify } from '../../../platform/text/vietnamese';
import { optionalText, phone, province, text, url } from '../contracts';
import { PERSON_ROLES, VISIBILITIES } from '../domain/taxonomy';
import {
  findPersonByExternalId,
  insertPerson,
  personSlugTaken,
  personUniqueViolation,
  type PersonRow,
} from '../db/people.repository';
import { personSearchFields, resolveLanguage } from './person-search-fields';

const language = z.string().transform((s, ctx) => {
  const code = resolveLanguage(s);
  if (!code) {
    ctx.addIssue({ code: 'custom', message: 'directory.person.error.language' });
    return z.NEVER;
  }
  return code;
});

/** Free-text tags, kept as typed (NFC), without blanks or repeats ("AI" and "ai" are one). */
const tags = z
  .array(text(60))
  .max(20, { message: 'directory.person.error.expertiseCount' })
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((tag) => {
      const key = searchKey(tag);
      if (!tag || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

const unique = <T>(list: T[]) => [...new Set(list)];

export const MAX_PERSON_LINKS = 10;

/** Other pages of the person (LinkedIn, ORCID, GitHub…), by label; always public. */
const links = z
  .record(z.string().min(1).max(60), url)
  .refine((r) => Object.keys(r).length <= MAX_PERSON_LINKS, {
    message: 'directory.person.error.linksCount',
  });

export const CONTACT_PREFERENCES = ['none', 'email', 'platform'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

/** Where a person works or helps, and as what. */
export const AFFILIATION_ROLES = [
  'founder',
  'executive',
  'employee',
  'advisor',
  'mentor',
  'investor',
  'researcher',
  'member',
] as const;

const level = z.enum(VISIBILITIES);

/**
 * Who sees each personal field. Personal data is shown only as the person allows (Law
 * 91/2025/QH15): e-mail and phone default to staff only. Stored per column, so that
 * withVisibleFields() applies it ("bio" covers both languages).
 */
export const PERSON_VISIBILITY_DEFAULTS = {
  email: 'staff',
  phone: 'staff',
  website: 'public',
  provinceCode: 'public',
  bio: 'public',
} as const satisfies Record<string, (typeof VISIBILITIES)[number]>;
export type PersonVisibilityField = keyof typeof PERSON_VISIBILITY_DEFAULTS;

const ZPersonVisibility = z
  .object({
    email: level.default(PERSON_VISIBILITY_DEFAULTS.email),
    phone: level.default(PERSON_VISIBILITY_DEFAULTS.phone),
    website: level.default(PERSON_VISIBILITY_DEFAULTS.website),
    provinceCode: level.default(PERSON_VISIBILITY_DEFAULTS.provinceCode),
    bio: level.default(PERSON_VISIBILITY_DEFAULTS.bio),
  })
  .prefault({})
  .transform(({ bio, ...rest }) => ({ ...rest, bioVi: bio, bioEn: bio }));

export const ZPersonFields = z.object({
  /** The whole name as the person writes it; never split into "first" and "last" names. */
  fullName: text(200).pipe(z.string().min(2)),
  roles: z.array(z.enum(PERSON_ROLES)).max(PERSON_ROLES.length).default([]).transform(unique),
  headline: optionalText(200),
  bioVi: optionalText(5000),
  bioEn: optionalText(5000),
  expertise: tags.default([]),
  languages: z.array(language).max(20).default([]).transform(unique),
  provinceCode: province.optional(),
  email: z.email().max(254).optional(),
  phone: phone.optional(),
  website: url.optional(),
  /** Absent: the stored links stay as they are (an update without them keeps them). */
  links: links.optional(),
  externalId: optionalText(100),
  contactPreference: z.enum(CONTACT_PREFERENCES).default('platform'),
  visibility: ZPersonVisibility,
});

export type TPersonFields = z.infer<typeof ZPersonFields>;
export type TPersonFieldsInput = z.input<typeof ZPersonFields>;

export type CreatePersonResult =
  { ok: true; person: PersonRow } | { ok: false; fields: FieldErrors };

const EXTERNAL_ID_TAKEN: FieldErrors = {
  externalId: { key: 'directory.person.error.externalIdTaken' },
};

/** Addresses under /directory/people/ that are pages, not people. */
export const RESERVED_PERSON_SLUGS = new Set(['new']);

export async function uniquePersonSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  const taken = async (slug: string) =>
    RESERVED_PERSON_SLUGS.has(slug) || personSlugTaken(db, slug);
  if (!(await taken(base))) return base;
  for (let n = 2; n < 50; n++) if (!(await taken(`${base}-${n}`))) return `${base}-${n}`;
  return `${base}-${randomBytes(3).toString('hex')}`;
}

export async function createPerson(
  db: Db,
  audit: AuditContext,
  input: TPersonFieldsInput,
  options: { userId?: string } = {},
): Promise<CreatePersonResult> {
  const parsed = ZPersonFields.safeParse(input);
  if (!parsed.success) return { ok: false, fields: fieldErrors(parsed.error) };
  const fields = parsed.data;
  if (fields.externalId && (await findPersonByExternalId(db, fields.externalId))) {
    return { ok: false, fields: EXTERNAL_ID_TAKEN };
  }
  const actorId = audit.actor.kind === 'user' ? audit.actor.user.id : audit.label;
  const insert = () =>
    db.transaction(async (tx) => {
      const created = await insertPerson(tx, {
        ...fields,
        ...personSearchFields(fields),
        slug: await uniquePersonSlug(tx, fields.fullName),
        userId: options.userId,
        createdBy: actorId,
        updatedBy: actorId,
      });
      if (isAuditedActor(audit.actor) || audit.label) {
        await recordAudit(tx, audit, {
          action: 'directory.person:create',
          entityType: 'person',
          entityId: created.id,
          after: fields,
        });
      }
      return created;
    });
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, person: await insert() };
    } catch (err) {
      const field = personUniqueViolation(err);
      // Two creations with the same external id at once: the database keeps one.
      if (field === 'externalId') return { ok: false, fields: EXTERNAL_ID_TAKEN };
      // Two people with the same name at once: the loser takes the next free slug.
      if (field === 'slug' && attempt < 3) continue;
      throw err;
    }
  }
}
