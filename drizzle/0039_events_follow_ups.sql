CREATE TABLE "events_attendee_mails" (
	"registration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "events_attendee_mails_registration_id_kind_starts_at_pk" PRIMARY KEY("registration_id","kind","starts_at")
);
--> statement-breakpoint
CREATE TABLE "events_calendar_feeds" (
	"account_id" text PRIMARY KEY NOT NULL,
	"feed_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events_feedback" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_feedback_rating_check" CHECK ("events_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "events_follow_ups" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"slides_url" text DEFAULT '' NOT NULL,
	"feedback_closes_at" timestamp with time zone NOT NULL,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "platform_mail_outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "events_attendee_mails" ADD CONSTRAINT "events_attendee_mails_registration_id_events_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."events_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_feedback" ADD CONSTRAINT "events_feedback_registration_id_events_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."events_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_feedback" ADD CONSTRAINT "events_feedback_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_follow_ups" ADD CONSTRAINT "events_follow_ups_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "events_calendar_feeds_feed_idx" ON "events_calendar_feeds" USING btree ("feed_id");--> statement-breakpoint
CREATE INDEX "events_feedback_event_idx" ON "events_feedback" USING btree ("event_id");