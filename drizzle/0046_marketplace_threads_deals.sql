CREATE TABLE "marketplace_introduction_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"introduction_id" uuid NOT NULL,
	"author_user_id" text NOT NULL,
	"body" text NOT NULL,
	"file_hash" text,
	"file_name" text,
	"content_type" text,
	"bytes" integer,
	"submission_key" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "marketplace_introductions_open_offer_idx";--> statement-breakpoint
DROP INDEX "marketplace_introductions_open_need_idx";--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "object" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "direction" text DEFAULT 'domestic' NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "uses_state_capital" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "signed_file_hash" text;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "signed_file_name" text;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "signed_content_type" text;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "supplier_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "supplier_confirmed_by" text;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "recipient_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "recipient_confirmed_by" text;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "registration_due_on" date;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "registration_reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "marketplace_introductions" ADD COLUMN "introduced_by" text;--> statement-breakpoint
ALTER TABLE "marketplace_introductions" ADD COLUMN "nudged_days" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_needs" ADD COLUMN "allows_direct_introduction" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_offers" ADD COLUMN "allows_direct_introduction" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_introduction_messages" ADD CONSTRAINT "marketplace_introduction_messages_introduction_id_marketplace_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."marketplace_introductions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_introduction_messages_submission_idx" ON "marketplace_introduction_messages" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "marketplace_introduction_messages_thread_idx" ON "marketplace_introduction_messages" USING btree ("introduction_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_introductions_open_offer_idx" ON "marketplace_introductions" USING btree ("offer_id","requester_user_id") WHERE "marketplace_introductions"."stage" in ('requested', 'introduced', 'talking', 'negotiating');--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_introductions_open_need_idx" ON "marketplace_introductions" USING btree ("need_id","requester_user_id") WHERE "marketplace_introductions"."stage" in ('requested', 'introduced', 'talking', 'negotiating');--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD CONSTRAINT "marketplace_deals_direction" CHECK ("marketplace_deals"."direction" in ('domestic', 'inbound', 'outbound'));