CREATE TABLE "programs_council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"user_id" text,
	"person_id" uuid,
	"full_name" text NOT NULL,
	"affiliation" text DEFAULT '' NOT NULL,
	"role" text NOT NULL,
	"is_present" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_council_members_role_ck" CHECK ("programs_council_members"."role" in ('chair', 'secretary', 'member')),
	CONSTRAINT "programs_council_members_who_ck" CHECK ("programs_council_members"."user_id" is not null or "programs_council_members"."person_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "programs_councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"round_id" uuid,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"decision_number" text DEFAULT '' NOT NULL,
	"meeting_place" text DEFAULT '' NOT NULL,
	"meeting_at" timestamp with time zone,
	"conclusions" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs_vote_ballots" (
	"entry_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"vote_id" uuid NOT NULL,
	"is_new_account" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_vote_ballots_entry_id_user_id_pk" PRIMARY KEY("entry_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "programs_vote_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vote_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"solution_name" text NOT NULL,
	"organization_name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"are_results_public" boolean DEFAULT false NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_votes_call_id_unique" UNIQUE("call_id"),
	CONSTRAINT "programs_votes_status_ck" CHECK ("programs_votes"."status" in ('draft', 'open', 'closed')),
	CONSTRAINT "programs_votes_results_ck" CHECK (not "programs_votes"."are_results_public" or "programs_votes"."status" = 'closed')
);
--> statement-breakpoint
ALTER TABLE "programs_council_members" ADD CONSTRAINT "programs_council_members_council_id_programs_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."programs_councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_councils" ADD CONSTRAINT "programs_councils_call_id_programs_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programs_calls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_councils" ADD CONSTRAINT "programs_councils_round_id_programs_review_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."programs_review_rounds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_vote_ballots" ADD CONSTRAINT "programs_vote_ballots_entry_id_programs_vote_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."programs_vote_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_vote_entries" ADD CONSTRAINT "programs_vote_entries_vote_id_programs_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."programs_votes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_vote_entries" ADD CONSTRAINT "programs_vote_entries_application_id_programs_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programs_applications"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_votes" ADD CONSTRAINT "programs_votes_call_id_programs_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programs_calls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programs_council_members_council_idx" ON "programs_council_members" USING btree ("council_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_council_members_head_uq" ON "programs_council_members" USING btree ("council_id","role") WHERE role in ('chair', 'secretary');--> statement-breakpoint
CREATE UNIQUE INDEX "programs_council_members_user_uq" ON "programs_council_members" USING btree ("council_id","user_id") WHERE user_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "programs_council_members_person_uq" ON "programs_council_members" USING btree ("council_id","person_id") WHERE person_id is not null;--> statement-breakpoint
CREATE INDEX "programs_councils_call_idx" ON "programs_councils" USING btree ("call_id","created_at");--> statement-breakpoint
CREATE INDEX "programs_vote_ballots_entry_idx" ON "programs_vote_ballots" USING btree ("entry_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_vote_entries_uq" ON "programs_vote_entries" USING btree ("vote_id","application_id");