CREATE TABLE "plans_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"claimed_level" integer,
	"note" text DEFAULT '' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"framework" jsonb,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "plans_assessments_status_check" CHECK ("plans_assessments"."status" in ('draft', 'submitted')),
	CONSTRAINT "plans_assessments_frozen_check" CHECK ("plans_assessments"."status" = 'draft' or ("plans_assessments"."framework" is not null and "plans_assessments"."claimed_level" is not null and "plans_assessments"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "plans_frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"levels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text
);
--> statement-breakpoint
ALTER TABLE "plans_assessments" ADD CONSTRAINT "plans_assessments_framework_id_plans_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."plans_frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_assessments_year_idx" ON "plans_assessments" USING btree ("framework_id","year");