import { MARKETPLACE_PATH } from './paths';

/** The portfolios the signed-in account keeps (an office its own, staff every one). */
export const PORTFOLIO_PATH = `${MARKETPLACE_PATH}/portfolio`;
export const portfolioPath = (slug: string) => `${PORTFOLIO_PATH}/${slug}`;
export const ipImportPath = (slug: string) => `${portfolioPath(slug)}/import`;
export const IP_ASSETS_PATH = `${MARKETPLACE_PATH}/ip-assets`;
export const ipAssetPath = (id: string) => `${IP_ASSETS_PATH}/${id}`;
/** A university's or institute's public portfolio. */
export const PUBLIC_PORTFOLIO_PATH = `${MARKETPLACE_PATH}/universities`;
export const publicPortfolioPath = (slug: string) => `${PUBLIC_PORTFOLIO_PATH}/${slug}`;
