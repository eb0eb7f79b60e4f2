ALTER TABLE "events_events" ADD COLUMN "registration_form" jsonb;--> statement-breakpoint
ALTER TABLE "events_registrations" ADD COLUMN "answers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "events_registrations" ADD COLUMN "registered_by" text;