// Organisation kinds, startup stages, policy sectors (domain notes §3.2–3.3) and VSIC 2025 sections.

export const ORGANIZATION_KINDS = [
  'startup',
  'sme',
  'cooperative',
  'enterprise',
  'incubator',
  'accelerator',
  'coworking',
  'university',
  'research_institute',
  'tech_transfer_office',
  'investor',
  'support_org',
  'government_agency',
  'media',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const STAGES = [
  'y_tuong',
  'tien_uom_tao',
  'uom_tao',
  'tang_toc',
  'goi_von',
  'mo_rong',
] as const;
export type Stage = (typeof STAGES)[number];

export const SECTORS = [
  'ai',
  'fintech',
  'edtech',
  'agritech',
  'healthtech',
  'life-science',
  'creative',
  'smart-city',
  'ecommerce',
  'greentech',
  'semiconductor',
  'iot',
  'blockchain',
  'cybersecurity',
  'logistics',
  'tourism-tech',
] as const;
export type Sector = (typeof SECTORS)[number];

export const VSIC_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTUV'.split('') as [string, ...string[]];

/** Certificates an organisation may hold; "innovative startup" is computed, never entered. */
export const CERTIFICATIONS = ['st_enterprise', 'high_tech', 'social_enterprise', 'iso'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

export const ORGANIZATION_STATUSES = ['active', 'inactive', 'dissolved'] as const;

export const PERSON_ROLES = ['founder', 'expert', 'mentor', 'investor', 'researcher'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const VISIBILITIES = ['public', 'members', 'staff'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
