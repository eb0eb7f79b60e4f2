import { defineCatalog } from '../../../platform/i18n';
import * as attendance from './attendance';
import * as door from './door';
import * as events from './events';
import * as figures from './figures';
import * as followUp from './follow-up';
import * as gender from './gender';
import * as guestImport from './guest-import';
import * as myTickets from './my-tickets';
import * as registrants from './registrants';
import * as registration from './registration';
import * as staffTools from './staff-tools';

export const eventsCatalog = defineCatalog(
  'events',
  {
    ...events.vi,
    ...registration.vi,
    ...attendance.vi,
    ...registrants.vi,
    ...followUp.vi,
    ...door.vi,
    ...figures.vi,
    ...staffTools.vi,
    ...guestImport.vi,
    ...gender.vi,
    ...myTickets.vi,
  },
  {
    ...events.en,
    ...registration.en,
    ...attendance.en,
    ...registrants.en,
    ...followUp.en,
    ...door.en,
    ...figures.en,
    ...staffTools.en,
    ...guestImport.en,
    ...gender.en,
    ...myTickets.en,
  },
);

declare module '../../../platform/i18n/catalog' {
  interface ModuleCatalogs {
    events: typeof eventsCatalog.vi;
  }
}
