export { challengesModule } from './manifest';
