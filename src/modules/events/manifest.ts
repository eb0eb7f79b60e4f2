import type { ModuleManifest } from '../../platform/modules/manifest';
import { reservationJobs } from '../../platform/reservations';
import { registerRegistrationRoutes } from './registration.routes';
import { registerCheckInRoutes } from './check-in.routes';
import { registerVolunteerRoutes } from './volunteers.routes';
import { registerAttendanceRoutes } from './attendance.routes';
import { registerFiguresRoutes } from './figures.routes';
import { registerMessageRoutes } from './messages.routes';
import { PERIOD_FIGURES_PATH } from './ui/figures-page';
import { eventsPersonalData } from './services/personal-data';
import { mailChanges } from './services/registration-mail';
import { SEAT_MAIL_JOB, sendSeatMail } from './services/seat-mail';
import { eventsWorkWaiting } from './services/work-waiting';
import {
  ATTENDEE_MAIL_JOB,
  scheduleUpcomingAttendeeMails,
  sendAttendeeMails,
} from './services/attendee-reminders';
import { registerFollowUpRoutes } from './follow-up.routes';
import { registerMyTicketsRoutes } from './my-tickets.routes';
import { MY_TICKETS_PAGE } from './ui/my-tickets-page';
import { CALENDAR_FEED_PAGE } from './ui/follow-up-pages';
import * as tables from './db/tables';
import { eventsCatalog } from './i18n';
import { EVENTS_CAPABILITIES, EVENTS_PATH, STAFF_PATH } from './permissions';
import { registerEventRoutes } from './events.routes';
import { seedEventsDemo } from './seed/demo';
import { EVENT_FORM_BODY_LIMIT } from './services/event-input';
import { eventsHomeBlocks } from './services/home-blocks';
import { EVENTS_INDICATORS } from './services/indicators';
import { eventsSearchSources } from './services/portal-search';
import { registerStaffRoutes } from './staff.routes';
import { registerRegistrantRoutes } from './staff-registrants.routes';
import { registerColleagueRoutes } from './colleagues.routes';
import { GUEST_IMPORT_PATH, registerGuestImportRoutes } from './guest-import.routes';
import { GUEST_LIST_MAX_BYTES } from './services/guest-list';

/** Events of the centre: Techfest, workshops, "cà phê công nghệ"; their pages and back-office. */
export const eventsModule: ModuleManifest = {
  id: 'events',
  tables,
  messages: eventsCatalog,
  capabilities: EVENTS_CAPABILITIES,
  nav: {
    main: {
      path: EVENTS_PATH,
      title: 'events.module.title',
      description: 'events.module.description',
      order: 50,
    },
    backoffice: [
      {
        path: STAFF_PATH,
        title: 'events.staff.title',
        description: 'events.staff.description',
        order: 20,
        capability: 'events.event:manage',
      },
      {
        path: PERIOD_FIGURES_PATH,
        title: 'events.figures.periodOpen',
        description: 'events.figures.periodDescription',
        order: 21,
        capability: 'events.event:manage',
      },
    ],
    account: [
      { path: MY_TICKETS_PAGE, title: 'events.myTickets.title', order: 29 },
      { path: CALENDAR_FEED_PAGE, title: 'events.feed.title', order: 30 },
    ],
  },
  homeBlocks: eventsHomeBlocks,
  personalData: eventsPersonalData,
  indicators: EVENTS_INDICATORS,
  workWaiting: eventsWorkWaiting,
  search: eventsSearchSources,
  uploadLimits: {
    [`${STAFF_PATH}/new`]: EVENT_FORM_BODY_LIMIT,
    [`${STAFF_PATH}/:id`]: EVENT_FORM_BODY_LIMIT,
    [GUEST_IMPORT_PATH]: GUEST_LIST_MAX_BYTES + 100_000,
  },
  jobs: {
    ...reservationJobs('events', {
      onChanges: (tx, changes, deps) => mailChanges(tx, deps, changes),
    }),
    [ATTENDEE_MAIL_JOB]: (job, deps) => sendAttendeeMails(job, deps),
    [SEAT_MAIL_JOB]: (job, deps) => sendSeatMail(job, deps),
  },
  warmUp: (deps) => scheduleUpcomingAttendeeMails(deps),
  register(router) {
    registerFollowUpRoutes(router);
    registerMyTicketsRoutes(router);
    registerCheckInRoutes(router);
    registerAttendanceRoutes(router);
    registerVolunteerRoutes(router);
    registerFiguresRoutes(router);
    registerMessageRoutes(router);
    registerGuestImportRoutes(router);
    registerRegistrantRoutes(router);
    registerStaffRoutes(router);
    registerRegistrationRoutes(router);
    registerColleagueRoutes(router);
    registerEventRoutes(router);
  },
  seeds: {
    async demo(deps) {
      await seedEventsDemo(deps);
    },
  },
};
