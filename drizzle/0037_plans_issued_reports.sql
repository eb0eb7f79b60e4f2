CREATE TABLE "plans_issued_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"register_entry_id" uuid NOT NULL,
	"form_key" text NOT NULL,
	"period" text NOT NULL,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
ALTER TABLE "plans_issued_reports" ADD CONSTRAINT "plans_issued_reports_plan_id_plans_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_issued_reports" ADD CONSTRAINT "plans_issued_reports_register_entry_id_plans_register_entries_id_fk" FOREIGN KEY ("register_entry_id") REFERENCES "public"."plans_register_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_issued_reports_key_idx" ON "plans_issued_reports" USING btree ("form_key");