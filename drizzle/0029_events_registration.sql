CREATE TABLE "events_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"ticket_type_id" uuid NOT NULL,
	"reservation_id" uuid,
	"account_id" text,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"locale" text DEFAULT 'vi' NOT NULL,
	"idempotency_key" text NOT NULL,
	"confirm_token_hash" text,
	"manage_token_hash" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events_ticket_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events_registrations" ADD CONSTRAINT "events_registrations_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_registrations" ADD CONSTRAINT "events_registrations_ticket_type_id_events_ticket_types_id_fk" FOREIGN KEY ("ticket_type_id") REFERENCES "public"."events_ticket_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_ticket_types" ADD CONSTRAINT "events_ticket_types_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "events_registrations_idempotency_idx" ON "events_registrations" USING btree ("event_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "events_registrations_reservation_idx" ON "events_registrations" USING btree ("reservation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "events_registrations_confirm_idx" ON "events_registrations" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "events_registrations_manage_idx" ON "events_registrations" USING btree ("manage_token_hash");--> statement-breakpoint
CREATE INDEX "events_registrations_account_idx" ON "events_registrations" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "events_ticket_types_event_idx" ON "events_ticket_types" USING btree ("event_id","position");