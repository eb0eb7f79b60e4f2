// Technology needs (demand): what an enterprise or agency is looking for — no I/O.

export const NEED_TIMELINES = ['3_months', '6_months', '12_months', 'longer'] as const;
export type NeedTimeline = (typeof NEED_TIMELINES)[number];

export const NEED_STATUSES = ['open', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** A party's request to read a confidential need's details. */
export const ACCESS_STATUSES = ['requested', 'approved', 'refused'] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];
