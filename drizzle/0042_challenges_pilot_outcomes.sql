CREATE TABLE "challenges_pilot_follow_ups" (
	"pilot_id" uuid NOT NULL,
	"months_after" integer NOT NULL,
	"is_in_use" boolean NOT NULL,
	"scale" text DEFAULT '' NOT NULL,
	"answered_by" text,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "challenges_pilot_follow_ups_pilot_id_months_after_pk" PRIMARY KEY("pilot_id","months_after")
);
--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "owner_rating" integer;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "owner_evaluation" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "solver_rating" integer;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "solver_evaluation" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "contract_value_vnd" bigint;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "contract_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "outcome_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "owner_statement" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "challenges_pilot_follow_ups" ADD CONSTRAINT "challenges_pilot_follow_ups_pilot_id_challenges_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."challenges_pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD CONSTRAINT "challenges_pilots_rating_check" CHECK ("challenges_pilots"."owner_rating" between 1 and 5 and "challenges_pilots"."solver_rating" between 1 and 5);