// Ids in paths and forms are checked before they reach a uuid column, which would refuse them
// loudly (a 500) rather than find nothing (a 404).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (s: string) => UUID.test(s);
