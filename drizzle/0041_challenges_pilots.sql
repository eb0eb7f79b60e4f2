CREATE TABLE "challenges_living_labs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"host_organization_id" uuid,
	"address" text DEFAULT '' NOT NULL,
	"sector" text,
	"capacity" integer,
	"facilities" text DEFAULT '' NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"search_key" text DEFAULT '' NOT NULL,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenges_pilot_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pilot_id" uuid NOT NULL,
	"check_in" integer NOT NULL,
	"side" text NOT NULL,
	"values" jsonb NOT NULL,
	"issues" text DEFAULT '' NOT NULL,
	"reported_by" text,
	"reporter_name" text DEFAULT '' NOT NULL,
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenges_pilots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"owner_organization_id" uuid NOT NULL,
	"solver_organization_id" uuid NOT NULL,
	"living_lab_id" uuid,
	"status" text DEFAULT 'running' NOT NULL,
	"scope" text NOT NULL,
	"site" text DEFAULT '' NOT NULL,
	"responsibilities" text DEFAULT '' NOT NULL,
	"data_access" text DEFAULT '' NOT NULL,
	"budget_vnd" bigint,
	"owner_share_percent" integer DEFAULT 0 NOT NULL,
	"indicators" jsonb NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"check_in_every_weeks" integer NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_pilots_share_check" CHECK ("challenges_pilots"."owner_share_percent" between 0 and 100),
	CONSTRAINT "challenges_pilots_period_check" CHECK ("challenges_pilots"."ends_at" > "challenges_pilots"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "challenges_pilot_check_ins" ADD CONSTRAINT "challenges_pilot_check_ins_pilot_id_challenges_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."challenges_pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD CONSTRAINT "challenges_pilots_challenge_id_challenges_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges_challenges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_pilots" ADD CONSTRAINT "challenges_pilots_living_lab_id_challenges_living_labs_id_fk" FOREIGN KEY ("living_lab_id") REFERENCES "public"."challenges_living_labs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_living_labs_name_idx" ON "challenges_living_labs" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_pilot_check_ins_idx" ON "challenges_pilot_check_ins" USING btree ("pilot_id","check_in","side");--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_pilots_solver_idx" ON "challenges_pilots" USING btree ("challenge_id","solver_organization_id");--> statement-breakpoint
CREATE INDEX "challenges_pilots_owner_idx" ON "challenges_pilots" USING btree ("owner_organization_id");