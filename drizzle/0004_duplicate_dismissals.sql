CREATE TABLE "directory_duplicate_dismissals" (
	"a_id" uuid NOT NULL,
	"b_id" uuid NOT NULL,
	"dismissed_by" text,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_duplicate_dismissals_a_id_b_id_pk" PRIMARY KEY("a_id","b_id"),
	CONSTRAINT "directory_duplicate_dismissals_order_ck" CHECK ("directory_duplicate_dismissals"."a_id" < "directory_duplicate_dismissals"."b_id")
);
--> statement-breakpoint
ALTER TABLE "directory_duplicate_dismissals" ADD CONSTRAINT "directory_duplicate_dismissals_a_id_directory_organizations_id_fk" FOREIGN KEY ("a_id") REFERENCES "public"."directory_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_duplicate_dismissals" ADD CONSTRAINT "directory_duplicate_dismissals_b_id_directory_organizations_id_fk" FOREIGN KEY ("b_id") REFERENCES "public"."directory_organizations"("id") ON DELETE cascade ON UPDATE no action;