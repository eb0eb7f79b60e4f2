CREATE TABLE "plans_report_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"frequency" text NOT NULL,
	"due_day" integer DEFAULT 15 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "plans_report_schedules_day_check" CHECK ("plans_report_schedules"."due_day" between 1 and 28)
);
--> statement-breakpoint
CREATE TABLE "plans_report_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" text,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text
);
--> statement-breakpoint
CREATE TABLE "plans_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schedule_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text
);
--> statement-breakpoint
ALTER TABLE "plans_report_schedules" ADD CONSTRAINT "plans_report_schedules_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_report_submissions" ADD CONSTRAINT "plans_report_submissions_report_id_plans_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."plans_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_reports" ADD CONSTRAINT "plans_reports_schedule_id_plans_report_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."plans_report_schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_reports" ADD CONSTRAINT "plans_reports_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_report_schedules_plan_idx" ON "plans_report_schedules" USING btree ("plan_id","frequency");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_report_submissions_number_idx" ON "plans_report_submissions" USING btree ("report_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_reports_period_idx" ON "plans_reports" USING btree ("schedule_id","period_key","agency_id");--> statement-breakpoint
CREATE INDEX "plans_reports_agency_idx" ON "plans_reports" USING btree ("agency_id","due_on");