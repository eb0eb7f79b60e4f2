import { CHALLENGES_PATH } from '../permissions';

export const OWNERS_PATH = `${CHALLENGES_PATH}/owners`;
export const SECTORS_PATH = `${CHALLENGES_PATH}/sectors`;
export const ownerCollectionPath = (o: { slug: string }) => `${OWNERS_PATH}/${o.slug}`;
export const sectorCollectionPath = (sector: string) => `${SECTORS_PATH}/${sector}`;
