export { eventsModule } from './manifest';
