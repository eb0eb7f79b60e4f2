CREATE TABLE "programs_programme_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"content_hash" text NOT NULL,
	"original_name" text NOT NULL,
	"kind" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_programme_documents_kind_ck" CHECK ("programs_programme_documents"."kind" in ('pdf', 'docx', 'xlsx', 'pptx', 'zip'))
);
--> statement-breakpoint
ALTER TABLE "programs_programme_documents" ADD CONSTRAINT "programs_programme_documents_programme_id_programs_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programs_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programs_programme_documents_programme_idx" ON "programs_programme_documents" USING btree ("programme_id","position");