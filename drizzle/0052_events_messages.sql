CREATE TABLE "events_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"ticket_type_id" uuid,
	"subject_vi" text NOT NULL,
	"body_vi" text NOT NULL,
	"subject_en" text DEFAULT '' NOT NULL,
	"body_en" text DEFAULT '' NOT NULL,
	"idempotency_key" text NOT NULL,
	"recipients" integer NOT NULL,
	"sent_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events_messages" ADD CONSTRAINT "events_messages_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_messages" ADD CONSTRAINT "events_messages_ticket_type_id_events_ticket_types_id_fk" FOREIGN KEY ("ticket_type_id") REFERENCES "public"."events_ticket_types"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "events_messages_idempotency_idx" ON "events_messages" USING btree ("event_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "events_messages_event_idx" ON "events_messages" USING btree ("event_id","created_at");