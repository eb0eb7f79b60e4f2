export { marketplaceModule } from './manifest';
