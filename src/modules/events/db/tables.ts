// The events module's tables, as drizzle-kit and the manifest read them: the events with their
// agenda and registrations, what attendees receive around an event, and who works its door.
export * from './event-tables';
export * from './follow-up-tables';
export * from './door-tables';
export * from './message-tables';
