CREATE TABLE "marketplace_offer_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"alt_vi" text NOT NULL,
	"alt_en" text DEFAULT '' NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketplace_offer_images" ADD CONSTRAINT "marketplace_offer_images_offer_id_marketplace_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."marketplace_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_offer_images_offer_file_idx" ON "marketplace_offer_images" USING btree ("offer_id","file_key");--> statement-breakpoint
CREATE INDEX "marketplace_offer_images_offer_idx" ON "marketplace_offer_images" USING btree ("offer_id","created_at");