// Inputs of the event commands, checked by the commands themselves.
import { z } from 'zod';
import { ZRequiredText, ZText } from '../../platform/input/text-fields';
import { wholeNumber } from '../../platform/input/validation';
import { SECTORS } from '../directory';
import { EVENT_LANGUAGES, EVENT_TYPES } from './domain/event';

export const MAX_DESCRIPTION = 100_000;

const ZLink = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(500)]).default('');
const ZCount = wholeNumber(0, 1_000_000).transform((v) => v ?? null);

export const ZEventFields = z.object({
  type: z.enum(EVENT_TYPES),
  titleVi: ZRequiredText(200),
  titleEn: ZText(200).default(''),
  summaryVi: ZText(600).default(''),
  summaryEn: ZText(600).default(''),
  descriptionVi: ZText(MAX_DESCRIPTION).default(''),
  descriptionEn: ZText(MAX_DESCRIPTION).default(''),
  language: z.enum(EVENT_LANGUAGES).default('vi'),
  venueName: ZText(200).default(''),
  venueAddress: ZText(400).default(''),
  provinceCode: z.string().max(4).nullable().default(null),
  mapUrl: ZLink,
  onlineUrl: ZLink,
  sectors: z.array(z.enum(SECTORS)).max(16).default([]),
  coverAltVi: ZText(200).default(''),
  coverAltEn: ZText(200).default(''),
  holdHours: wholeNumber(1, 168).transform((v) => v ?? 24),
  reportedParticipants: ZCount,
  reportedStartups: ZCount,
});
export type TEventFieldsInput = z.input<typeof ZEventFields>;
export type TEventFields = z.output<typeof ZEventFields>;

/** The times of an event as typed (Vietnam time): start and end required, the others not. */
export const EVENT_TIMES = [
  'startsAt',
  'endsAt',
  'registrationOpensAt',
  'registrationClosesAt',
  'cancelUntil',
] as const;
export type EventTimeField = (typeof EVENT_TIMES)[number];
