// Generated records as table rows, with the search keys and slugs the services would compute.
import { slugify } from '../../../platform/text/vietnamese';
import type { NewOrganizationRow } from '../db/organizations.repository';
import type { directoryPeople } from '../db/tables';
import { personSearchFields } from '../services/person-search-fields';
import { organizationSearchFields, sortName } from '../services/search-fields';
import type { GeneratedOrganization } from './generate-organization';
import type { GeneratedPerson } from './generate-person';

export type NewPersonRow = typeof directoryPeople.$inferInsert;

/** Unique slugs in memory, as uniqueSlug() makes them one query at a time ("-2", "-3", …). */
export class SlugAllocator {
  private readonly taken: Set<string>;
  private readonly next = new Map<string, number>();

  constructor(existing: Iterable<string> = []) {
    this.taken = new Set(existing);
  }

  allocate(name: string): string {
    const base = slugify(name);
    let slug = base;
    let n = this.next.get(base) ?? 2;
    while (this.taken.has(slug)) slug = `${base}-${n++}`;
    this.next.set(base, n);
    this.taken.add(slug);
    return slug;
  }
}

export function organizationRow(
  o: GeneratedOrganization,
  slug: string,
  label: string,
): NewOrganizationRow {
  return {
    id: o.id,
    slug,
    ...o.fields,
    ...organizationSearchFields(o.fields),
    createdAt: o.createdAt,
    updatedAt: o.createdAt,
    createdBy: label,
    updatedBy: label,
    verifiedAt: o.verifiedAt,
    verifiedBy: o.verifiedAt ? label : undefined,
  };
}

export const organizationSlugName = (o: GeneratedOrganization) => sortName(o.fields);

export function personRow(p: GeneratedPerson, slug: string, label: string): NewPersonRow {
  return {
    id: p.id,
    slug,
    ...p.fields,
    ...personSearchFields(p.fields),
    createdAt: p.createdAt,
    updatedAt: p.createdAt,
    createdBy: label,
    updatedBy: label,
    verifiedAt: p.verifiedAt,
  };
}
