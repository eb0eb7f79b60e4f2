// How an organisation looks in the API and the change feed: the fields the caller may see
// (others null, and `visibility` says why), money as a decimal string, dates in ISO 8601. The
// declared fields (organization-fields.ts) are described from their declaration.
import { z } from '@hono/zod-openapi';
import { fileUrl } from '../../../platform/files';
import { VISIBILITIES, type OrganizationKind } from '../domain/taxonomy';
import { isInnovativeStartup } from '../domain/innovative-startup';
import type { OrganizationRow } from '../db/organizations.repository';
import {
  FIELD_NAMES,
  fieldSpec,
  isOptional,
  type FieldSpec,
  type OrganizationField,
} from '../organization-fields';

const dateTime = () => z.iso.datetime({ offset: true });
const asEnum = (codes: readonly string[]) => z.enum(codes as [string, ...string[]]);

/** The fields the API answers with: all but staff's own bookkeeping. */
const API_FIELDS = FIELD_NAMES.filter((f) => !fieldSpec(f).isStaffOnly);

function valueSchema(spec: FieldSpec): z.ZodType {
  switch (spec.type) {
    case 'choice':
      return asEnum(spec.choice!.codes);
    case 'choices':
      return z.array(asEnum(spec.choice!.codes));
    case 'date':
      return z.iso.date();
    case 'whole':
      return z.int();
    case 'money':
      return z.string().regex(/^\d+$/);
    default:
      return z.string();
  }
}

function fieldSchema(name: OrganizationField) {
  const spec = fieldSpec(name);
  const value = valueSchema(spec);
  const schema = isOptional(name) ? value.nullable() : value;
  return spec.api ? schema.openapi(spec.api) : schema;
}

export const ZOrganization = z
  .object({
    id: z.uuid().openapi({ example: '6f1c1f0e-3a52-4a43-9a51-3c1c0b9e7d21' }),
    slug: z.string().openapi({ example: 'nong-nghiep-xanh' }),
    url: z.string().openapi({
      description: 'The public page of the organisation (a path on this site).',
      example: '/directory/organizations/nong-nghiep-xanh',
    }),
    ...(Object.fromEntries(API_FIELDS.map((f) => [f, fieldSchema(f)])) as Record<
      OrganizationField,
      z.ZodType
    >),
    logo: z.string().nullable().openapi({
      description:
        'The logo image (PNG, JPEG, WebP or GIF): a path on this site that never changes content.',
      example: '/files/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae.png',
    }),
    links: z.record(z.string(), z.string()),
    innovativeStartup: z.boolean().openapi({
      description:
        'An innovative startup by the legal test (≤ 5 years since first registration), computed on the day of the response.',
    }),
    visibility: z.record(z.string(), z.enum(VISIBILITIES)).openapi({
      description:
        'Who may see each restricted field (absent: public). A field the caller may not see is null.',
      example: { phone: 'members' },
    }),
    verified: z.boolean(),
    verifiedAt: dateTime().nullable(),
    createdAt: dateTime(),
    updatedAt: dateTime(),
    version: z
      .int()
      .openapi({ description: 'Increases with every change; the ETag is W/"<version>".' }),
  })
  .openapi('Organization');

export type TOrganizationJson = z.infer<typeof ZOrganization>;

const jsonValue = (value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

/** An already visibility-filtered row as JSON. */
export function toOrganizationJson(row: OrganizationRow, today: Date): TOrganizationJson {
  return {
    id: row.id,
    slug: row.slug,
    url: `/directory/organizations/${row.slug}`,
    ...Object.fromEntries(API_FIELDS.map((f) => [f, jsonValue(row[f])])),
    logo: row.logoFile ? fileUrl(row.logoFile) : null,
    links: row.links,
    innovativeStartup: isInnovativeStartup(
      { kind: row.kind as OrganizationKind, firstRegisteredOn: row.firstRegisteredOn },
      today,
    ),
    visibility: row.visibility,
    verified: row.verifiedAt !== null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  } as TOrganizationJson;
}
