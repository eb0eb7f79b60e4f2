CREATE TABLE "challenges_challenge_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changes" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_by" text,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenges_challenge_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"content_hash" text NOT NULL,
	"original_name" text NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "challenges_challenge_changes" ADD CONSTRAINT "challenges_challenge_changes_challenge_id_challenges_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges_challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_challenge_files" ADD CONSTRAINT "challenges_challenge_files_challenge_id_challenges_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges_challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "challenges_challenge_changes_challenge_idx" ON "challenges_challenge_changes" USING btree ("challenge_id","changed_at");--> statement-breakpoint
CREATE INDEX "challenges_challenge_files_challenge_idx" ON "challenges_challenge_files" USING btree ("challenge_id","created_at");