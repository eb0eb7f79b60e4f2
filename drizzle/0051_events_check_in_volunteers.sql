CREATE TABLE "events_check_in_volunteers" (
	"event_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"granted_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_check_in_volunteers_event_id_account_id_pk" PRIMARY KEY("event_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "events_check_in_volunteers" ADD CONSTRAINT "events_check_in_volunteers_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_check_in_volunteers_account_idx" ON "events_check_in_volunteers" USING btree ("account_id");