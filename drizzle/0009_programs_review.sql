CREATE TABLE "programs_decisions" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"outcome" text NOT NULL,
	"prize_index" integer,
	"prize" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programs_decisions_outcome_ck" CHECK ("programs_decisions"."outcome" in ('accepted', 'rejected', 'waitlisted', 'awarded')),
	CONSTRAINT "programs_decisions_prize_ck" CHECK (("programs_decisions"."outcome" = 'awarded') = ("programs_decisions"."prize_index" is not null))
);
--> statement-breakpoint
CREATE TABLE "programs_result_publications" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs_review_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"reviewer_id" text NOT NULL,
	"is_manual" boolean NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs_review_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"organization_id" uuid,
	"application_id" uuid,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_review_conflicts_one_ck" CHECK (("programs_review_conflicts"."organization_id" is null) <> ("programs_review_conflicts"."application_id" is null))
);
--> statement-breakpoint
CREATE TABLE "programs_review_pool" (
	"round_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_review_pool_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "programs_review_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"rubric" jsonb NOT NULL,
	"reviewers_per_application" integer DEFAULT 3 NOT NULL,
	"is_blind" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"seed" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_review_rounds_kind_ck" CHECK ("programs_review_rounds"."kind" in ('screening', 'scoring', 'pitch')),
	CONSTRAINT "programs_review_rounds_status_ck" CHECK ("programs_review_rounds"."status" in ('open', 'closed')),
	CONSTRAINT "programs_review_rounds_n_ck" CHECK ("programs_review_rounds"."reviewers_per_application" between 1 and 20)
);
--> statement-breakpoint
CREATE TABLE "programs_score_sheets" (
	"assignment_id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"reviewer_id" text NOT NULL,
	"application_version" integer NOT NULL,
	"marks" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_score_sheets_status_ck" CHECK ("programs_score_sheets"."status" in ('draft', 'submitted'))
);
--> statement-breakpoint
ALTER TABLE "programs_decisions" ADD CONSTRAINT "programs_decisions_application_id_programs_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programs_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_result_publications" ADD CONSTRAINT "programs_result_publications_call_id_programs_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programs_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_review_assignments" ADD CONSTRAINT "programs_review_assignments_round_id_programs_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."programs_review_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_review_assignments" ADD CONSTRAINT "programs_review_assignments_application_id_programs_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programs_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_review_conflicts" ADD CONSTRAINT "programs_review_conflicts_application_id_programs_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programs_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_review_pool" ADD CONSTRAINT "programs_review_pool_round_id_programs_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."programs_review_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_review_rounds" ADD CONSTRAINT "programs_review_rounds_call_id_programs_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programs_calls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_score_sheets" ADD CONSTRAINT "programs_score_sheets_assignment_id_programs_review_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."programs_review_assignments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "programs_review_assignments_uq" ON "programs_review_assignments" USING btree ("round_id","application_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "programs_review_assignments_reviewer_idx" ON "programs_review_assignments" USING btree ("reviewer_id","created_at");--> statement-breakpoint
CREATE INDEX "programs_review_conflicts_user_idx" ON "programs_review_conflicts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_review_conflicts_org_uq" ON "programs_review_conflicts" USING btree ("user_id","organization_id") WHERE organization_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "programs_review_conflicts_app_uq" ON "programs_review_conflicts" USING btree ("user_id","application_id") WHERE application_id is not null;--> statement-breakpoint
CREATE INDEX "programs_review_rounds_call_idx" ON "programs_review_rounds" USING btree ("call_id","created_at");--> statement-breakpoint
CREATE INDEX "programs_score_sheets_round_idx" ON "programs_score_sheets" USING btree ("round_id","status");