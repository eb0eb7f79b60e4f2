CREATE TABLE "programs_call_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"granted_by" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"form" jsonb NOT NULL,
	"eligibility" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "programs_calls_window_ck" CHECK ("programs_calls"."opens_at" < "programs_calls"."closes_at"),
	CONSTRAINT "programs_calls_status_ck" CHECK ("programs_calls"."status" in ('draft', 'published', 'archived'))
);
--> statement-breakpoint
CREATE TABLE "programs_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"summary_vi" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"goals_vi" text DEFAULT '' NOT NULL,
	"goals_en" text DEFAULT '' NOT NULL,
	"benefits_vi" text DEFAULT '' NOT NULL,
	"benefits_en" text DEFAULT '' NOT NULL,
	"eligibility_vi" text DEFAULT '' NOT NULL,
	"eligibility_en" text DEFAULT '' NOT NULL,
	"faq" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"funding_cap_vnd" bigint,
	"max_duration_months" integer,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"prizes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"posting_organization_id" uuid,
	"published_at" timestamp with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "programs_programmes_kind_ck" CHECK ("programs_programmes"."kind" in ('incubation', 'acceleration', 'funding', 'competition', 'challenge')),
	CONSTRAINT "programs_programmes_status_ck" CHECK ("programs_programmes"."status" in ('draft', 'published', 'archived')),
	CONSTRAINT "programs_programmes_cap_ck" CHECK ("programs_programmes"."funding_cap_vnd" is null or "programs_programmes"."funding_cap_vnd" >= 0)
);
--> statement-breakpoint
ALTER TABLE "programs_call_extensions" ADD CONSTRAINT "programs_call_extensions_call_id_programs_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programs_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_calls" ADD CONSTRAINT "programs_calls_programme_id_programs_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programs_programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programs_call_extensions_lookup_idx" ON "programs_call_extensions" USING btree ("call_id","organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_calls_slug_uq" ON "programs_calls" USING btree ("programme_id","slug");--> statement-breakpoint
CREATE INDEX "programs_calls_programme_idx" ON "programs_calls" USING btree ("programme_id","opens_at");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_programmes_slug_uq" ON "programs_programmes" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "programs_programmes_list_idx" ON "programs_programmes" USING btree ("status","kind","published_at");