import { defineCatalog } from '../../../platform/i18n';
import * as events from './events';

export const eventsCatalog = defineCatalog('events', events.vi, events.en);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    events: typeof eventsCatalog.vi;
  }
}
