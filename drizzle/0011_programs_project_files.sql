CREATE TABLE "programs_project_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"report_id" uuid,
	"step_id" uuid,
	"disbursement_id" uuid,
	"content_hash" text NOT NULL,
	"original_name" text NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_project_files_owner_ck" CHECK (num_nonnulls("programs_project_files"."report_id", "programs_project_files"."step_id", "programs_project_files"."disbursement_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "programs_project_files" ADD CONSTRAINT "programs_project_files_project_id_programs_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."programs_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_project_files" ADD CONSTRAINT "programs_project_files_report_id_programs_project_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."programs_project_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_project_files" ADD CONSTRAINT "programs_project_files_step_id_programs_project_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."programs_project_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_project_files" ADD CONSTRAINT "programs_project_files_disbursement_id_programs_project_disbursements_id_fk" FOREIGN KEY ("disbursement_id") REFERENCES "public"."programs_project_disbursements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programs_project_files_project_idx" ON "programs_project_files" USING btree ("project_id","created_at");