CREATE TABLE "marketplace_deals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"introduction_id" uuid NOT NULL,
	"supplier_org_id" uuid NOT NULL,
	"recipient_org_id" uuid NOT NULL,
	"transfer_form" text NOT NULL,
	"value_vnd" bigint NOT NULL,
	"signed_on" date NOT NULL,
	"contract_number" text DEFAULT '' NOT NULL,
	"evidence" text NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketplace_deals_value" CHECK ("marketplace_deals"."value_vnd" >= 0)
);
--> statement-breakpoint
CREATE TABLE "marketplace_introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid,
	"need_id" uuid,
	"requester_user_id" text NOT NULL,
	"requester_org_id" uuid,
	"message" text NOT NULL,
	"stage" text DEFAULT 'requested' NOT NULL,
	"no_deal_reason" text,
	"broker_note" text DEFAULT '' NOT NULL,
	"broker_id" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"introduced_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "marketplace_introductions_target" CHECK (("marketplace_introductions"."offer_id" is null) <> ("marketplace_introductions"."need_id" is null))
);
--> statement-breakpoint
CREATE TABLE "marketplace_need_access" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text
);
--> statement-breakpoint
CREATE TABLE "marketplace_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_province" text,
	"status" text DEFAULT 'open' NOT NULL,
	"title" text NOT NULL,
	"teaser" text NOT NULL,
	"problem" text NOT NULL,
	"current_solution" text DEFAULT '' NOT NULL,
	"constraints" text DEFAULT '' NOT NULL,
	"budget_min_vnd" bigint,
	"budget_max_vnd" bigint,
	"timeline" text NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_confidential" boolean DEFAULT true NOT NULL,
	"is_staff_intake" boolean DEFAULT false NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"submission_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "marketplace_needs_budget" CHECK (("marketplace_needs"."budget_min_vnd" is null or "marketplace_needs"."budget_min_vnd" >= 0) and ("marketplace_needs"."budget_max_vnd" is null or "marketplace_needs"."budget_max_vnd" >= coalesce("marketplace_needs"."budget_min_vnd", 0)))
);
--> statement-breakpoint
CREATE TABLE "marketplace_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_province" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"problem" text DEFAULT '' NOT NULL,
	"advantages" text DEFAULT '' NOT NULL,
	"applications" text DEFAULT '' NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"trl" integer NOT NULL,
	"ip_kind" text NOT NULL,
	"ip_number" text DEFAULT '' NOT NULL,
	"ip_jurisdiction" text DEFAULT '' NOT NULL,
	"ip_expires_on" date,
	"co_owners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_state_funded" boolean DEFAULT false NOT NULL,
	"transfer_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"price_vnd" bigint,
	"is_negotiable" boolean DEFAULT false NOT NULL,
	"inventors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"submitted_by" text,
	"approved_by" text,
	"published_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"submission_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "marketplace_offers_trl" CHECK ("marketplace_offers"."trl" between 1 and 9),
	CONSTRAINT "marketplace_offers_price" CHECK ("marketplace_offers"."price_vnd" is null or "marketplace_offers"."price_vnd" >= 0)
);
--> statement-breakpoint
ALTER TABLE "marketplace_deals" ADD CONSTRAINT "marketplace_deals_introduction_id_marketplace_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."marketplace_introductions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_introductions" ADD CONSTRAINT "marketplace_introductions_offer_id_marketplace_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."marketplace_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_introductions" ADD CONSTRAINT "marketplace_introductions_need_id_marketplace_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."marketplace_needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_need_access" ADD CONSTRAINT "marketplace_need_access_need_id_marketplace_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."marketplace_needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_deals_introduction_idx" ON "marketplace_deals" USING btree ("introduction_id");--> statement-breakpoint
CREATE INDEX "marketplace_deals_signed_idx" ON "marketplace_deals" USING btree ("signed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_introductions_open_offer_idx" ON "marketplace_introductions" USING btree ("offer_id","requester_user_id") WHERE "marketplace_introductions"."stage" in ('requested', 'introduced', 'negotiating');--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_introductions_open_need_idx" ON "marketplace_introductions" USING btree ("need_id","requester_user_id") WHERE "marketplace_introductions"."stage" in ('requested', 'introduced', 'negotiating');--> statement-breakpoint
CREATE INDEX "marketplace_introductions_stage_idx" ON "marketplace_introductions" USING btree ("stage","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_need_access_party_idx" ON "marketplace_need_access" USING btree ("need_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_needs_submission_idx" ON "marketplace_needs" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "marketplace_needs_status_idx" ON "marketplace_needs" USING btree ("status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_offers_submission_idx" ON "marketplace_offers" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "marketplace_offers_public_idx" ON "marketplace_offers" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "marketplace_offers_owner_idx" ON "marketplace_offers" USING btree ("owner_org_id");