export { eventsModule } from './manifest';
// The evidence behind the events' figures (plans' innovation-index pack): the events held with
// their participants, and each one's signed attendance list.
export { heldEventsWithParticipants } from './services/indicators';
export { attendanceReport } from './services/attendance-report';
export { attendanceListDocx, DEFAULT_SIGNER_POSITION } from './services/attendance-documents';
