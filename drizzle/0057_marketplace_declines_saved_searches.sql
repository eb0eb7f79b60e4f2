CREATE TABLE "marketplace_match_declines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"side" text NOT NULL,
	"need_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"declined_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketplace_saved_search_sent" (
	"search_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "marketplace_saved_search_sent_search_id_offer_id_pk" PRIMARY KEY("search_id","offer_id")
);
--> statement-breakpoint
CREATE TABLE "marketplace_saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"filters_key" text NOT NULL,
	"is_alerting" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "marketplace_saved_search_sent" ADD CONSTRAINT "marketplace_saved_search_sent_search_id_marketplace_saved_searches_id_fk" FOREIGN KEY ("search_id") REFERENCES "public"."marketplace_saved_searches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_match_declines_pair_idx" ON "marketplace_match_declines" USING btree ("side","need_id","offer_id");--> statement-breakpoint
CREATE INDEX "marketplace_match_declines_offer_idx" ON "marketplace_match_declines" USING btree ("offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_saved_searches_user_idx" ON "marketplace_saved_searches" USING btree ("user_id","filters_key");--> statement-breakpoint
CREATE INDEX "marketplace_saved_searches_alerting_idx" ON "marketplace_saved_searches" USING btree ("is_alerting");