CREATE TABLE "events_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"type" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"summary_vi" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"description_vi" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'vi' NOT NULL,
	"organizer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"venue_name" text DEFAULT '' NOT NULL,
	"venue_address" text DEFAULT '' NOT NULL,
	"province_code" text,
	"map_url" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"programme_slug" text,
	"programme_title" text DEFAULT '' NOT NULL,
	"speakers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cover_key" text,
	"cover_alt_vi" text DEFAULT '' NOT NULL,
	"cover_alt_en" text DEFAULT '' NOT NULL,
	"series_id" uuid,
	"is_registration_closed" boolean DEFAULT false NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"cancel_until" timestamp with time zone,
	"hold_hours" integer DEFAULT 24 NOT NULL,
	"reported_participants" integer,
	"reported_startups" integer,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "events_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title_vi" text NOT NULL,
	"cadence" text DEFAULT 'monthly' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "events_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"track" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"speakers" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "events_events" ADD CONSTRAINT "events_events_series_id_events_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."events_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events_sessions" ADD CONSTRAINT "events_sessions_event_id_events_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "events_events_slug_idx" ON "events_events" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "events_events_public_idx" ON "events_events" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "events_events_series_idx" ON "events_events" USING btree ("series_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_sessions_event_idx" ON "events_sessions" USING btree ("event_id","position");