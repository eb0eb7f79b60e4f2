export { contentModule } from './manifest';
