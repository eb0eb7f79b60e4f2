import { z } from 'zod';

/**
 * Who may apply to a call, as staff set it and as it is stored (jsonb) with the call. An empty
 * list means "any"; an absent age means no age limit. The evaluator (eligibility.ts) reads an
 * applicant organisation of the directory against these rules.
 *
 * Values are the directory's codes (province codes of the 34 units, sector, stage and
 * organisation-kind slugs). They are checked here only for shape: the directory's lists are
 * not part of its public interface yet.
 */
const code = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/);
const list = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .default([])
    // The same value twice is a slip of the form, not a different rule.
    .transform((values) => [...new Set(values)] as z.output<T>[]);

export const ZEligibilityRules = z.object({
  /** Years since the organisation's first business registration, at most (innovative startup: 5). */
  maxOrganizationAgeYears: z.number().int().min(1).max(100).optional(),
  /** Province codes of the 2025 units, e.g. "79". */
  provinces: list(z.string().regex(/^\d{2}$/), 34),
  sectors: list(code, 50),
  stages: list(code, 20),
  organizationKinds: list(code, 30),
});
export type TEligibilityRules = z.output<typeof ZEligibilityRules>;
export type TEligibilityRulesInput = z.input<typeof ZEligibilityRules>;

/** Rules that admit every organisation. */
export const NO_ELIGIBILITY_RULES: TEligibilityRules = {
  provinces: [],
  sectors: [],
  stages: [],
  organizationKinds: [],
};
