export { eventsModule } from './manifest';
// Content's articles link to events by their address.
export { publishedEventTitle } from './services/events.queries';
// The evidence behind the events' figures (plans' innovation-index pack): the events held with
// their participants, and each one's signed attendance list.
export { heldEventsWithParticipants } from './services/indicators';
export { attendanceReport } from './services/attendance-report';
export { attendanceListDocx, DEFAULT_SIGNER_POSITION } from './services/attendance-documents';
