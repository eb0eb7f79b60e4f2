// Inputs of the content commands, checked by the commands themselves.
import { z } from 'zod';
import { ZRequiredText, ZSlug, ZText } from '../../platform/input/text-fields';
import { CONTENT_KINDS } from './domain/content-item';
import { LEGAL_DOC_TYPES, LEGAL_STATUSES } from './domain/legal-document';

export const MAX_BODY = 200_000;

const ZWord = ZRequiredText(40);

export const ZItemFields = z.object({
  kind: z.enum(CONTENT_KINDS),
  titleVi: ZRequiredText(200),
  titleEn: ZText(200).default(''),
  summaryVi: ZText(600).default(''),
  summaryEn: ZText(600).default(''),
  bodyVi: ZText(MAX_BODY).default(''),
  bodyEn: ZText(MAX_BODY).default(''),
  coverAltVi: ZText(200).default(''),
  coverAltEn: ZText(200).default(''),
  tags: z.array(ZWord).max(12, { message: 'content.error.tags' }).default([]),
  topics: z.array(z.string().max(40)).max(16).default([]),
  /** Addresses of organisation, person or programme pages, one each. */
  links: z.array(ZRequiredText(300)).max(10, { message: 'content.error.links' }).default([]),
  authorName: ZText(120).default(''),
  isFeatured: z.boolean().default(false),
});
export type TItemFieldsInput = z.input<typeof ZItemFields>;

/** A library file's description: an image's alt text (required for images by the commands). */
export const ZMediaDescription = z.object({
  altVi: ZText(200),
  altEn: ZText(200),
});
export type TItemFields = z.output<typeof ZItemFields>;

/** Slug of a new item: derived from the Vietnamese title when absent. */
export const ZNewItemSlug = ZSlug.optional();

const ZDay = z.iso.date({ message: 'ui.date.invalid' });

export const ZLegalFields = z.object({
  number: ZRequiredText(60),
  docType: z.enum(LEGAL_DOC_TYPES),
  issuer: ZRequiredText(200),
  issuedOn: ZDay,
  effectiveOn: ZDay.optional(),
  legalStatus: z.enum(LEGAL_STATUSES).default('in_force'),
  titleVi: ZRequiredText(400),
  titleEn: ZText(400).default(''),
  summaryVi: ZText(4000).default(''),
  summaryEn: ZText(4000).default(''),
  sectors: z.array(z.string().max(40)).max(16).default([]),
  sourceUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).default(''),
});
export type TLegalFieldsInput = z.input<typeof ZLegalFields>;
export type TLegalFields = z.output<typeof ZLegalFields>;
