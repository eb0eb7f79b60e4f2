import { CHALLENGES_PATH } from '../permissions';

export const challengePath = (c: { slug: string }) => `${CHALLENGES_PATH}/${c.slug}`;
export const pilotPath = (p: { id: string }) => `${CHALLENGES_PATH}/pilots/${p.id}`;
export const LABS_PATH = `${CHALLENGES_PATH}/labs`;
export const SHOWCASE_PATH = `${CHALLENGES_PATH}/showcase`;
