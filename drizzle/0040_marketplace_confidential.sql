CREATE TABLE "marketplace_listing_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_kind" text NOT NULL,
	"listing_id" uuid NOT NULL,
	"file_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketplace_listing_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_kind" text NOT NULL,
	"listing_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"what" text NOT NULL,
	"document_id" text DEFAULT '' NOT NULL,
	"viewed_on" date NOT NULL,
	"viewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketplace_nda_acceptances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_kind" text NOT NULL,
	"listing_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"nda_version" text NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketplace_needs" ADD COLUMN "transfer_forms" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_needs" ADD COLUMN "visibility" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_offers" ADD COLUMN "visibility" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "marketplace_listing_documents_listing_idx" ON "marketplace_listing_documents" USING btree ("listing_kind","listing_id");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_listing_views_daily_idx" ON "marketplace_listing_views" USING btree ("listing_kind","listing_id","user_id","what","document_id","viewed_on");--> statement-breakpoint
CREATE INDEX "marketplace_listing_views_listing_idx" ON "marketplace_listing_views" USING btree ("listing_kind","listing_id","viewed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_nda_acceptances_idx" ON "marketplace_nda_acceptances" USING btree ("listing_kind","listing_id","user_id","nda_version");