CREATE TABLE "programs_application_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"content_hash" text NOT NULL,
	"original_name" text NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs_application_co_editors" (
	"application_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_application_co_editors_application_id_user_id_pk" PRIMARY KEY("application_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "programs_application_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"form_version" integer NOT NULL,
	"form" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"receipt_number" text,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_applications_status_ck" CHECK ("programs_applications"."status" in ('draft', 'submitted', 'withdrawn', 'reopened'))
);
--> statement-breakpoint
CREATE TABLE "programs_idempotency_keys" (
	"user_id" text NOT NULL,
	"key" text NOT NULL,
	"application_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "programs_receipt_counters" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programs_application_attachments" ADD CONSTRAINT "programs_application_attachments_application_id_programs_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programs_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_application_co_editors" ADD CONSTRAINT "programs_application_co_editors_application_id_programs_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programs_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_application_versions" ADD CONSTRAINT "programs_application_versions_application_id_programs_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programs_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_applications" ADD CONSTRAINT "programs_applications_call_id_programs_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programs_calls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_idempotency_keys" ADD CONSTRAINT "programs_idempotency_keys_application_id_programs_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."programs_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs_receipt_counters" ADD CONSTRAINT "programs_receipt_counters_call_id_programs_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programs_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programs_application_attachments_app_idx" ON "programs_application_attachments" USING btree ("application_id","question_id");--> statement-breakpoint
CREATE INDEX "programs_application_co_editors_user_idx" ON "programs_application_co_editors" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_application_versions_number_uq" ON "programs_application_versions" USING btree ("application_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_applications_call_org_uq" ON "programs_applications" USING btree ("call_id","organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programs_applications_receipt_uq" ON "programs_applications" USING btree ("receipt_number");--> statement-breakpoint
CREATE INDEX "programs_applications_org_idx" ON "programs_applications" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE INDEX "programs_applications_call_status_idx" ON "programs_applications" USING btree ("call_id","status");