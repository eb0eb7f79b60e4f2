CREATE TABLE "programs_project_budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"label" text NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "programs_project_budget_lines_amount_ck" CHECK ("programs_project_budget_lines"."amount_vnd" >= 0)
);
--> statement-breakpoint
CREATE TABLE "programs_project_disbursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"paid_on" date NOT NULL,
	"document_ref" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_project_disbursements_kind_ck" CHECK ("programs_project_disbursements"."kind" in ('advance', 'payment')),
	CONSTRAINT "programs_project_disbursements_amount_ck" CHECK ("programs_project_disbursements"."amount_vnd" > 0)
);
--> statement-breakpoint
CREATE TABLE "programs_project_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"deliverables" text DEFAULT '' NOT NULL,
	"due_on" date NOT NULL,
	"reminded_for" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs_project_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"milestone_id" uuid NOT NULL,
	"body" text NOT NULL,
	"document_ref" text,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"review_comment" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "programs_project_reports_status_ck" CHECK ("programs_project_reports"."status" in ('submitted', 'accepted', 'changes_requested'))
);
--> statement-breakpoint
CREATE TABLE "programs_project_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"happened_on" date NOT NULL,
	"document_ref" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_project_steps_kind_ck" CHECK ("programs_project_steps"."kind" in ('council_decision', 'agreement', 'advance', 'acceptance', 'settlement'))
);
--> statement-breakpoint
CREATE TABLE "programs_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"application_id" uuid,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"award_vnd" bigint NOT NULL,
	"duration_months" integer NOT NULL,
	"paid_vnd" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "programs_projects_award_ck" CHECK ("programs_projects"."award_vnd" > 0),
	CONSTRAINT "programs_projects_duration_ck" CHECK ("programs_projects"."duration_months" > 0),
	CONSTRAINT "programs_projects_paid_ck" CHECK ("programs_projects"."paid_vnd" >= 0 and "programs_projects"."paid_vnd" <= "programs_projects"."award_vnd"),
	CONSTRAINT "programs_projects_status_ck" CHECK ("programs_projects"."status" in ('active', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "programs_project_budget_lines" ADD CONSTRAINT "programs_project_budget_lines_project_id_programs_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."programs_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_project_disbursements" ADD CONSTRAINT "programs_project_disbursements_project_id_programs_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."programs_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_project_milestones" ADD CONSTRAINT "programs_project_milestones_project_id_programs_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."programs_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_project_reports" ADD CONSTRAINT "programs_project_reports_project_id_programs_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."programs_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_project_reports" ADD CONSTRAINT "programs_project_reports_milestone_id_programs_project_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."programs_project_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_project_steps" ADD CONSTRAINT "programs_project_steps_project_id_programs_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."programs_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_projects" ADD CONSTRAINT "programs_projects_programme_id_programs_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programs_programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programs_project_budget_lines_project_idx" ON "programs_project_budget_lines" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "programs_project_disbursements_project_idx" ON "programs_project_disbursements" USING btree ("project_id","paid_on");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_project_disbursements_advance_uq" ON "programs_project_disbursements" USING btree ("project_id") WHERE "programs_project_disbursements"."kind" = 'advance';--> statement-breakpoint
CREATE INDEX "programs_project_milestones_project_idx" ON "programs_project_milestones" USING btree ("project_id","due_on");--> statement-breakpoint
CREATE INDEX "programs_project_reports_milestone_idx" ON "programs_project_reports" USING btree ("milestone_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_project_reports_live_uq" ON "programs_project_reports" USING btree ("milestone_id") WHERE "programs_project_reports"."status" in ('submitted', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "programs_project_steps_uq" ON "programs_project_steps" USING btree ("project_id","kind");--> statement-breakpoint
CREATE INDEX "programs_projects_programme_idx" ON "programs_projects" USING btree ("programme_id","created_at");--> statement-breakpoint
CREATE INDEX "programs_projects_organization_idx" ON "programs_projects" USING btree ("organization_id");