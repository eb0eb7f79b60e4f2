// How an organisation looks in the API and the change feed: the fields the caller may see
// (others null, and `visibility` says why), money as a decimal string, dates in ISO 8601.
import { z } from '@hono/zod-openapi';
import { fileUrl } from '../../../platform/files';
import {
  CERTIFICATIONS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  SECTORS,
  STAGES,
  VISIBILITIES,
} from '../domain/taxonomy';
import { isInnovativeStartup } from '../domain/innovative-startup';
import type { OrganizationRow } from '../db/organizations.repository';

const nullableText = (example?: string) => z.string().nullable().openapi({ example });
const dateTime = () => z.iso.datetime({ offset: true });

export const ZOrganization = z
  .object({
    id: z.uuid().openapi({ example: '6f1c1f0e-3a52-4a43-9a51-3c1c0b9e7d21' }),
    slug: z.string().openapi({ example: 'nong-nghiep-xanh' }),
    url: z.string().openapi({
      description: 'The public page of the organisation (a path on this site).',
      example: '/directory/organizations/nong-nghiep-xanh',
    }),
    kind: z.enum(ORGANIZATION_KINDS),
    legalName: z.string().openapi({ example: 'Công ty Cổ phần Nông nghiệp Xanh' }),
    shortName: nullableText('Nông nghiệp Xanh'),
    logo: z.string().nullable().openapi({
      description:
        'The logo image (PNG, JPEG, WebP or GIF): a path on this site that never changes content.',
      example: '/files/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae.png',
    }),
    taxCode: nullableText('0301442379'),
    firstRegisteredOn: z.iso.date().nullable().openapi({ example: '2022-03-15' }),
    provinceCode: nullableText('92').openapi({
      description: 'Code of one of the 34 provinces and cities (since 01/7/2025).',
    }),
    address: nullableText(),
    sectors: z.array(z.enum(SECTORS)),
    vsicSections: z.array(z.string()),
    stage: z.enum(STAGES).nullable(),
    teamSize: z.int().nullable(),
    website: nullableText('https://nongnghiepxanh.vn'),
    links: z.record(z.string(), z.string()),
    email: nullableText(),
    phone: nullableText(),
    descriptionVi: nullableText(),
    descriptionEn: nullableText(),
    products: nullableText(),
    certifications: z.array(z.enum(CERTIFICATIONS)),
    innovativeStartup: z.boolean().openapi({
      description:
        'An innovative startup by the legal test (≤ 5 years since first registration), computed on the day of the response.',
    }),
    capitalRaisedVnd: z
      .string()
      .regex(/^\d+$/)
      .nullable()
      .openapi({ description: 'Integer đồng, as a decimal string.', example: '1500000000' }),
    status: z.enum(ORGANIZATION_STATUSES),
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

/** An already visibility-filtered row as JSON. */
export function toOrganizationJson(row: OrganizationRow, today: Date): TOrganizationJson {
  return {
    id: row.id,
    slug: row.slug,
    url: `/directory/organizations/${row.slug}`,
    kind: row.kind as TOrganizationJson['kind'],
    legalName: row.legalName,
    shortName: row.shortName,
    logo: row.logoFile ? fileUrl(row.logoFile) : null,
    taxCode: row.taxCode,
    firstRegisteredOn: row.firstRegisteredOn,
    provinceCode: row.provinceCode,
    address: row.address,
    sectors: row.sectors as TOrganizationJson['sectors'],
    vsicSections: row.vsicSections,
    stage: row.stage as TOrganizationJson['stage'],
    teamSize: row.teamSize,
    website: row.website,
    links: row.links,
    email: row.email,
    phone: row.phone,
    descriptionVi: row.descriptionVi,
    descriptionEn: row.descriptionEn,
    products: row.products,
    certifications: row.certifications as TOrganizationJson['certifications'],
    innovativeStartup: isInnovativeStartup(
      { kind: row.kind as TOrganizationJson['kind'], firstRegisteredOn: row.firstRegisteredOn },
      today,
    ),
    capitalRaisedVnd: row.capitalRaisedVnd === null ? null : row.capitalRaisedVnd.toString(),
    status: row.status as TOrganizationJson['status'],
    visibility: row.visibility,
    verified: row.verifiedAt !== null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
