CREATE TABLE "challenges_task_order_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"step" text NOT NULL,
	"happened_on" date NOT NULL,
	"document_number" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorder_name" text DEFAULT '' NOT NULL,
	"content_hash" text NOT NULL,
	"original_name" text NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_task_order_steps_kind_ck" CHECK ("challenges_task_order_steps"."step" in ('proposal', 'council', 'selection', 'contract', 'acceptance'))
);
--> statement-breakpoint
CREATE TABLE "challenges_task_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"task_name" text NOT NULL,
	"objectives" text DEFAULT '' NOT NULL,
	"expected_results" text DEFAULT '' NOT NULL,
	"budget_vnd" bigint,
	"duration_months" integer NOT NULL,
	"issuer_parent" text DEFAULT '' NOT NULL,
	"issuer_name" text NOT NULL,
	"place" text NOT NULL,
	"signer_position" text NOT NULL,
	"signer_name" text NOT NULL,
	"council_members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"council_conclusion" text DEFAULT '' NOT NULL,
	"selection_mode" text,
	"performer_organization_id" uuid,
	"status" text DEFAULT 'ordering' NOT NULL,
	"created_by" text,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_task_orders_status_ck" CHECK ("challenges_task_orders"."status" in ('ordering', 'accepted')),
	CONSTRAINT "challenges_task_orders_mode_ck" CHECK ("challenges_task_orders"."selection_mode" in ('open_selection', 'direct_assignment')),
	CONSTRAINT "challenges_task_orders_budget_ck" CHECK ("challenges_task_orders"."budget_vnd" > 0),
	CONSTRAINT "challenges_task_orders_duration_ck" CHECK ("challenges_task_orders"."duration_months" between 1 and 120)
);
--> statement-breakpoint
ALTER TABLE "challenges_task_order_steps" ADD CONSTRAINT "challenges_task_order_steps_order_id_challenges_task_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."challenges_task_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges_task_orders" ADD CONSTRAINT "challenges_task_orders_challenge_id_challenges_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges_challenges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_task_order_steps_idx" ON "challenges_task_order_steps" USING btree ("order_id","step");--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_task_orders_challenge_idx" ON "challenges_task_orders" USING btree ("challenge_id");