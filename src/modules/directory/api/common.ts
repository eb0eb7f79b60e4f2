/** What a directory representation depends on: who asks (their rights decide the fields). */
export const VARY_BY_CALLER = 'Authorization, Cookie';
