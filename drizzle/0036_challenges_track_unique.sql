DROP INDEX "challenges_challenges_problem_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_challenges_track_idx" ON "challenges_challenges" USING btree ("problem_id","track");