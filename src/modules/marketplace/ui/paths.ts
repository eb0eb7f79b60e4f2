export const MARKETPLACE_PATH = '/marketplace';
export const OFFERS_PATH = `${MARKETPLACE_PATH}/offers`;
export const NEEDS_PATH = `${MARKETPLACE_PATH}/needs`;
export const INTRODUCTIONS_PATH = `${MARKETPLACE_PATH}/introductions`;
/** The signed-in account's own listings and requests. */
export const MINE_PATH = `${MARKETPLACE_PATH}/mine`;

export const offerPath = (id: string) => `${OFFERS_PATH}/${id}`;
export const needPath = (id: string) => `${NEEDS_PATH}/${id}`;
export const introductionPath = (id: string) => `${INTRODUCTIONS_PATH}/${id}`;

export const organizationPath = (slug: string) => `/directory/organizations/${slug}`;
/** The public "exchange in numbers". */
export const NUMBERS_PATH = `${MARKETPLACE_PATH}/numbers`;
/** The brokers' funnel page. */
export const FUNNEL_PATH = '/admin/marketplace/funnel';
