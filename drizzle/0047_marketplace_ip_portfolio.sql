CREATE TABLE "marketplace_ip_assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"ip_kind" text NOT NULL,
	"stage" text DEFAULT 'disclosed' NOT NULL,
	"inventors" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"disclosed_on" date,
	"filing_number" text DEFAULT '' NOT NULL,
	"filed_on" date,
	"jurisdiction" text DEFAULT '' NOT NULL,
	"grant_number" text DEFAULT '' NOT NULL,
	"granted_on" date,
	"expires_on" date,
	"co_owners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_state_funded" boolean DEFAULT false NOT NULL,
	"offer_id" uuid,
	"submission_key" text,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketplace_ip_fees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"label" text NOT NULL,
	"due_on" date NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"paid_on" date,
	"reminded_for" date,
	"submission_key" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketplace_ip_fees_amount" CHECK ("marketplace_ip_fees"."amount_vnd" >= 0)
);
--> statement-breakpoint
CREATE TABLE "marketplace_ip_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"file_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"applied_at" timestamp with time zone,
	"asset_count" integer
);
--> statement-breakpoint
CREATE TABLE "marketplace_ip_licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"licensee" text NOT NULL,
	"licensed_on" date NOT NULL,
	"is_exclusive" boolean DEFAULT false NOT NULL,
	"terms" text DEFAULT '' NOT NULL,
	"submission_key" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marketplace_ip_revenues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"licence_id" uuid,
	"amount_vnd" bigint NOT NULL,
	"received_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"submission_key" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketplace_ip_revenues_amount" CHECK ("marketplace_ip_revenues"."amount_vnd" > 0)
);
--> statement-breakpoint
ALTER TABLE "marketplace_ip_fees" ADD CONSTRAINT "marketplace_ip_fees_asset_id_marketplace_ip_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."marketplace_ip_assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_ip_licences" ADD CONSTRAINT "marketplace_ip_licences_asset_id_marketplace_ip_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."marketplace_ip_assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_ip_revenues" ADD CONSTRAINT "marketplace_ip_revenues_asset_id_marketplace_ip_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."marketplace_ip_assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_ip_revenues" ADD CONSTRAINT "marketplace_ip_revenues_licence_id_marketplace_ip_licences_id_fk" FOREIGN KEY ("licence_id") REFERENCES "public"."marketplace_ip_licences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "marketplace_ip_assets_owner_idx" ON "marketplace_ip_assets" USING btree ("owner_org_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_ip_assets_reference_idx" ON "marketplace_ip_assets" USING btree ("owner_org_id","reference") WHERE "marketplace_ip_assets"."reference" <> '';--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_ip_assets_submission_idx" ON "marketplace_ip_assets" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "marketplace_ip_fees_asset_idx" ON "marketplace_ip_fees" USING btree ("asset_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_ip_fees_submission_idx" ON "marketplace_ip_fees" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "marketplace_ip_licences_asset_idx" ON "marketplace_ip_licences" USING btree ("asset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_ip_licences_submission_idx" ON "marketplace_ip_licences" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "marketplace_ip_revenues_asset_idx" ON "marketplace_ip_revenues" USING btree ("asset_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "marketplace_ip_revenues_submission_idx" ON "marketplace_ip_revenues" USING btree ("submission_key");