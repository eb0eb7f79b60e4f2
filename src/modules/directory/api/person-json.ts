// How a person looks in the API and the change feed: only what the caller may see (personal
// fields the person restricted are null, and `visibility` says why).
import { z } from '@hono/zod-openapi';
import type { PersonLink, PersonRecord } from '../db/people-listing.repository';
import { PERSON_ROLES, VISIBILITIES } from '../domain/taxonomy';
import { AFFILIATION_ROLES, CONTACT_PREFERENCES } from '../services/create-person';

const nullableText = (example?: string) => z.string().nullable().openapi({ example });
const dateTime = () => z.iso.datetime({ offset: true });

export const ZPersonLink = z
  .object({
    organizationId: z.uuid(),
    role: z.enum(AFFILIATION_ROLES),
    title: nullableText('Giám đốc công nghệ'),
  })
  .openapi('PersonLink');

export const ZPerson = z
  .object({
    id: z.uuid().openapi({ example: '0c9a3f5e-1b7d-4f44-8e2a-6d1f0b3c9e11' }),
    slug: z.string().openapi({ example: 'nguyen-thi-hoa' }),
    url: z.string().openapi({
      description: 'The public page of the person (a path on this site).',
      example: '/directory/people/nguyen-thi-hoa',
    }),
    fullName: z.string().openapi({ example: 'Nguyễn Thị Hoà' }),
    roles: z.array(z.enum(PERSON_ROLES)),
    headline: nullableText('Cố vấn chuyển đổi số cho hợp tác xã'),
    bioVi: nullableText(),
    bioEn: nullableText(),
    expertise: z.array(z.string()).openapi({ example: ['Chuyển đổi số', 'Nông nghiệp'] }),
    languages: z.array(z.string()).openapi({ example: ['vi', 'en'] }),
    provinceCode: nullableText('48'),
    email: nullableText(),
    phone: nullableText(),
    website: nullableText(),
    links: z.record(z.string(), z.string()),
    contactPreference: z.enum(CONTACT_PREFERENCES),
    visibility: z.record(z.string(), z.enum(VISIBILITIES)).openapi({
      description:
        'Who may see each personal field (absent: public). A field the caller may not see is null.',
      example: { email: 'staff', phone: 'staff' },
    }),
    verified: z.boolean(),
    affiliations: z
      .array(ZPersonLink)
      .openapi({ description: 'Links to organisations still listed, with the role there.' }),
    createdAt: dateTime(),
    updatedAt: dateTime(),
    version: z
      .int()
      .openapi({ description: 'Increases with every change; the ETag is W/"<version>".' }),
  })
  .openapi('Person');

export type TPersonJson = z.infer<typeof ZPerson>;

/** An already visibility-filtered row, with its links, as JSON. */
export function toPersonJson(row: PersonRecord, links: PersonLink[]): TPersonJson {
  return {
    id: row.id,
    slug: row.slug,
    url: `/directory/people/${row.slug}`,
    fullName: row.fullName,
    roles: row.roles as TPersonJson['roles'],
    headline: row.headline,
    bioVi: row.bioVi,
    bioEn: row.bioEn,
    expertise: row.expertise,
    languages: row.languages,
    provinceCode: row.provinceCode,
    email: row.email,
    phone: row.phone,
    website: row.website,
    links: row.links,
    contactPreference: row.contactPreference as TPersonJson['contactPreference'],
    visibility: row.visibility,
    verified: row.verifiedAt !== null,
    affiliations: links
      .filter((l) => l.personId === row.id)
      .map((l) => ({
        organizationId: l.organizationId,
        role: l.role as TPersonJson['affiliations'][number]['role'],
        title: l.title,
      })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
