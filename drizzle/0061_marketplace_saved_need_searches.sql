DROP INDEX "marketplace_saved_searches_user_idx";--> statement-breakpoint
ALTER TABLE "marketplace_saved_searches" ADD COLUMN "listing_kind" text DEFAULT 'offer' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_saved_searches_user_kind_idx" ON "marketplace_saved_searches" USING btree ("user_id","listing_kind","filters_key");--> statement-breakpoint
ALTER TABLE "marketplace_saved_searches" ADD CONSTRAINT "marketplace_saved_searches_kind" CHECK ("marketplace_saved_searches"."listing_kind" in ('offer', 'need'));