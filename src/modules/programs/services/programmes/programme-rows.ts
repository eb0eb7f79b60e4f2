// Between a programme's checked fields and its row.
import type { Db } from '../../../../platform/db/client';
import type { FieldErrors } from '../../../../platform/errors';
import type { TProgrammeFields } from '../../contracts';
import { findOrganizationRefById, type NewProgrammeRow } from '../../db/programmes.repository';

/** The columns the form sets; absent optional values clear what was stored. */
export function programmeColumns(fields: TProgrammeFields) {
  const { slug: _slug, ...rest } = fields;
  return {
    ...rest,
    fundingCapVnd: rest.fundingCapVnd ?? null,
    maxDurationMonths: rest.maxDurationMonths ?? null,
    postingOrganizationId: rest.postingOrganizationId ?? null,
  } satisfies Partial<NewProgrammeRow>;
}

/** A message when the posting organisation is not in the directory. */
export async function checkPostingOrganization(
  db: Db,
  id: string | undefined,
): Promise<FieldErrors | undefined> {
  if (!id || (await findOrganizationRefById(db, id))) return undefined;
  return { postingOrganizationId: { key: 'programs.error.organizationUnknown' } };
}
