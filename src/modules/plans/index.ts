export { plansModule } from './manifest';
