// The events module's tables, as drizzle-kit and the manifest read them: the events with their
// agenda and registrations, and what attendees receive around an event.
export * from './event-tables';
export * from './follow-up-tables';
