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
/** Where each kind of an asset's records lives under the asset's address. */
export const IP_RECORD_SEGMENTS = {
  fee: 'fees',
  licence: 'licences',
  revenue: 'revenues',
} as const;
/** A fee's, licence's or revenue entry's own page, where it is corrected or removed. */
export const ipRecordPath = (assetId: string, kind: keyof typeof IP_RECORD_SEGMENTS, id: string) =>
  `${ipAssetPath(assetId)}/${IP_RECORD_SEGMENTS[kind]}/${id}`;
