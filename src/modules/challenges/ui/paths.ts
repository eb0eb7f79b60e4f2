import { CHALLENGES_PATH } from '../permissions';

export const challengePath = (c: { slug: string }) => `${CHALLENGES_PATH}/${c.slug}`;
