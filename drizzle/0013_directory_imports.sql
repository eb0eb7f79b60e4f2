CREATE TABLE "directory_import_problems" (
	"import_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"seq" integer NOT NULL,
	"line" integer NOT NULL,
	"field" text,
	"value" text,
	"message" jsonb NOT NULL,
	CONSTRAINT "directory_import_problems_import_id_mode_seq_pk" PRIMARY KEY("import_id","mode","seq"),
	CONSTRAINT "directory_import_problems_mode_ck" CHECK ("directory_import_problems"."mode" in ('dry-run', 'run'))
);
--> statement-breakpoint
CREATE TABLE "directory_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL,
	"subject" text NOT NULL,
	"file_name" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"format" text NOT NULL,
	"delimiter" text,
	"header_line" integer NOT NULL,
	"row_count" integer NOT NULL,
	"mapping" jsonb NOT NULL,
	"preview" jsonb NOT NULL,
	"status" text DEFAULT 'ready' NOT NULL,
	"default_kind" text,
	"mode" text,
	"step" integer DEFAULT 0 NOT NULL,
	"done_rows" integer DEFAULT 0 NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"counts" jsonb DEFAULT '{"created":0,"updated":0,"unchanged":0,"failed":0}'::jsonb NOT NULL,
	"problem_count" integer DEFAULT 0 NOT NULL,
	"changed_ids" jsonb DEFAULT '{"created":[],"updated":[]}'::jsonb NOT NULL,
	"work_ms" integer DEFAULT 0 NOT NULL,
	"step_started_at" timestamp with time zone,
	"started_by" jsonb,
	"check_report" jsonb,
	"run_report" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_import_problems" ADD CONSTRAINT "directory_import_problems_import_id_directory_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."directory_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_imports_owner_idx" ON "directory_imports" USING btree ("owner_id","created_at");