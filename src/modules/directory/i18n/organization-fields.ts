// The words of the organisation's fields added through the field declaration
// (organization-fields.ts; ARCHITECTURE.md, "Adding a field to organisations"): each field's
// label, its import column (header, hint, example) and its meaning in the open data.
export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
