CREATE TABLE "challenges_result_announcements" (
	"challenge_id" uuid PRIMARY KEY NOT NULL,
	"announced_by" text NOT NULL,
	"announced_by_name" text DEFAULT '' NOT NULL,
	"announced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "challenges_result_announcements" ADD CONSTRAINT "challenges_result_announcements_challenge_id_challenges_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges_challenges"("id") ON DELETE cascade ON UPDATE no action;