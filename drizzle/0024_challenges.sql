CREATE TABLE "challenges_agreement_acceptances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"agreement_version" integer NOT NULL,
	"accepted_by" text NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenges_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"track" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"eligibility" text DEFAULT '' NOT NULL,
	"rewards" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"agreement_text" text NOT NULL,
	"agreement_version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"owner_organization_id" uuid NOT NULL,
	"sector" text,
	"is_confidential" boolean DEFAULT false NOT NULL,
	"search_key" text DEFAULT '' NOT NULL,
	"call_id" uuid,
	"published_at" timestamp with time zone NOT NULL,
	"solved_at" timestamp with time zone,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenges_invitations" (
	"problem_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"invited_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_invitations_problem_id_organization_id_pk" PRIMARY KEY("problem_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "challenges_problem_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"kind" text DEFAULT 'comment' NOT NULL,
	"body" text NOT NULL,
	"author_id" text,
	"author_name" text DEFAULT '' NOT NULL,
	"is_centre" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenges_problem_versions" (
	"problem_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"action" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"edited_by" text,
	"edited_by_name" text DEFAULT '' NOT NULL,
	"edited_at" timestamp with time zone NOT NULL,
	CONSTRAINT "challenges_problem_versions_problem_id_version_pk" PRIMARY KEY("problem_id","version")
);
--> statement-breakpoint
CREATE TABLE "challenges_problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_organization_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"sector" text,
	"who_suffers" text DEFAULT '' NOT NULL,
	"current_process" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"constraints" text DEFAULT '' NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"budget_vnd" bigint,
	"co_funding_vnd" bigint,
	"timeline" text DEFAULT '' NOT NULL,
	"pilot_host" text DEFAULT '' NOT NULL,
	"is_confidential" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenges_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"question" text NOT NULL,
	"asked_by" text NOT NULL,
	"asker_name" text DEFAULT '' NOT NULL,
	"is_asked_publicly" boolean DEFAULT false NOT NULL,
	"request_token" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "challenges_agreement_acceptances" ADD CONSTRAINT "challenges_agreement_acceptances_challenge_id_challenges_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges_challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_challenges" ADD CONSTRAINT "challenges_challenges_problem_id_challenges_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."challenges_problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_invitations" ADD CONSTRAINT "challenges_invitations_problem_id_challenges_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."challenges_problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_problem_comments" ADD CONSTRAINT "challenges_problem_comments_problem_id_challenges_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."challenges_problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_problem_versions" ADD CONSTRAINT "challenges_problem_versions_problem_id_challenges_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."challenges_problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_questions" ADD CONSTRAINT "challenges_questions_challenge_id_challenges_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges_challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_acceptances_idx" ON "challenges_agreement_acceptances" USING btree ("challenge_id","organization_id","agreement_version");--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_challenges_slug_idx" ON "challenges_challenges" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "challenges_challenges_public_idx" ON "challenges_challenges" USING btree ("status","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "challenges_challenges_problem_idx" ON "challenges_challenges" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "challenges_problem_comments_problem_idx" ON "challenges_problem_comments" USING btree ("problem_id","created_at");--> statement-breakpoint
CREATE INDEX "challenges_problems_owner_idx" ON "challenges_problems" USING btree ("owner_organization_id","updated_at");--> statement-breakpoint
CREATE INDEX "challenges_problems_status_idx" ON "challenges_problems" USING btree ("status","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_questions_token_idx" ON "challenges_questions" USING btree ("challenge_id","asked_by","request_token");--> statement-breakpoint
CREATE INDEX "challenges_questions_challenge_idx" ON "challenges_questions" USING btree ("challenge_id","status","created_at");