import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const platformAuditLog = pgTable(
  'platform_audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    requestId: text('request_id'),
  },
  // admin browse: newest first, filtered by actor / entity / action
  (t) => [
    index('platform_audit_log_at_idx').on(t.at),
    index('platform_audit_log_actor_idx').on(t.actorId, t.at),
    index('platform_audit_log_entity_idx').on(t.entityType, t.entityId),
    // the request-level safety net (audit-requests.ts): did this request write an entry already?
    index('platform_audit_log_request_idx').on(t.requestId),
  ],
);
