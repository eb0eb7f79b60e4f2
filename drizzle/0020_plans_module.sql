CREATE TABLE "plans_agencies" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "plans_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"file_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone,
	"task_count" integer
);
--> statement-breakpoint
CREATE TABLE "plans_plan_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"amended_by_number" text NOT NULL,
	"amended_by_date" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "plans_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "plans_plans_period_check" CHECK ("plans_plans"."period_start" <= "plans_plans"."period_end")
);
--> statement-breakpoint
CREATE TABLE "plans_register_counters" (
	"issuer" text NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "plans_register_counters_issuer_year_pk" PRIMARY KEY("issuer","year")
);
--> statement-breakpoint
CREATE TABLE "plans_register_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issuer" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"doc_type" text NOT NULL,
	"symbol" text NOT NULL,
	"title" text NOT NULL,
	"issued_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "plans_target_years" (
	"target_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"target_value" bigint NOT NULL,
	"entered_value" bigint,
	CONSTRAINT "plans_target_years_target_id_year_pk" PRIMARY KEY("target_id","year")
);
--> statement-breakpoint
CREATE TABLE "plans_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" bigint DEFAULT 0 NOT NULL,
	"source" text NOT NULL,
	"indicator_id" text,
	"province" text,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "plans_targets_unit_check" CHECK ("plans_targets"."unit" in ('count', 'percent', 'vnd')),
	CONSTRAINT "plans_targets_source_check" CHECK (("plans_targets"."source" = 'entered' and "plans_targets"."indicator_id" is null) or ("plans_targets"."source" = 'indicator' and "plans_targets"."indicator_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "plans_task_budgets" (
	"task_id" uuid NOT NULL,
	"source" text NOT NULL,
	"amount_vnd" bigint NOT NULL,
	CONSTRAINT "plans_task_budgets_task_id_source_pk" PRIMARY KEY("task_id","source"),
	CONSTRAINT "plans_task_budgets_amount_check" CHECK ("plans_task_budgets"."amount_vnd" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plans_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"title" text NOT NULL,
	"lead_agency_id" uuid,
	"coordinating_agency_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"starts_on" date,
	"due_on" date,
	"deliverables" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"percent_done" integer DEFAULT 0 NOT NULL,
	"progress_note" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "plans_tasks_percent_check" CHECK ("plans_tasks"."percent_done" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "plans_imports" ADD CONSTRAINT "plans_imports_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plan_revisions" ADD CONSTRAINT "plans_plan_revisions_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_target_years" ADD CONSTRAINT "plans_target_years_target_id_plans_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."plans_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_targets" ADD CONSTRAINT "plans_targets_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_task_budgets" ADD CONSTRAINT "plans_task_budgets_task_id_plans_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plans_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_tasks" ADD CONSTRAINT "plans_tasks_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_tasks" ADD CONSTRAINT "plans_tasks_parent_id_plans_tasks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_agencies_code_idx" ON "plans_agencies" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_plan_revisions_plan_idx" ON "plans_plan_revisions" USING btree ("plan_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_register_number_idx" ON "plans_register_entries" USING btree ("issuer","year","number");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_targets_code_idx" ON "plans_targets" USING btree ("plan_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_tasks_code_idx" ON "plans_tasks" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "plans_tasks_lead_idx" ON "plans_tasks" USING btree ("lead_agency_id");