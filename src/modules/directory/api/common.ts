/** A record is addressed by its id (a UUID) or by its slug. */
export const isUuid = (ref: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);

/** What a directory representation depends on: who asks (their rights decide the fields). */
export const VARY_BY_CALLER = 'Authorization, Cookie';
