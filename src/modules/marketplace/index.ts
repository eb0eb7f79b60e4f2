export { marketplaceModule } from './manifest';
// The deals behind marketplace.deals and marketplace.deals_value (plans' innovation-index pack).
export { dealsSignedBetween } from './services/deal-list';
