CREATE TABLE "directory_affiliations" (
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"title" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_affiliations_person_id_organization_id_role_pk" PRIMARY KEY("person_id","organization_id","role")
);
--> statement-breakpoint
CREATE TABLE "directory_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"op" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"account_organization_id" text,
	"message" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"legal_name" text NOT NULL,
	"short_name" text,
	"logo_file" text,
	"tax_code" text,
	"external_id" text,
	"first_registered_on" date,
	"province_code" text,
	"address" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"vsic_sections" text[] DEFAULT '{}'::text[] NOT NULL,
	"stage" text,
	"team_size" integer,
	"website" text,
	"links" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"email" text,
	"phone" text,
	"description_vi" text,
	"description_en" text,
	"products" text,
	"certifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"capital_raised_vnd" bigint,
	"status" text DEFAULT 'active' NOT NULL,
	"visibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"archived_at" timestamp with time zone,
	"merged_into" uuid,
	"managed_by" text,
	"name_search" text NOT NULL,
	"body_search" text DEFAULT '' NOT NULL,
	"sort_key" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', name_search), 'A') || setweight(to_tsvector('simple', body_search), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "directory_organizations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "directory_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"full_name" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"headline" text,
	"bio_vi" text,
	"bio_en" text,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"province_code" text,
	"email" text,
	"phone" text,
	"website" text,
	"links" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"contact_preference" text DEFAULT 'platform' NOT NULL,
	"visibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"user_id" text,
	"external_id" text,
	"verified_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"name_search" text NOT NULL,
	"body_search" text DEFAULT '' NOT NULL,
	"sort_key" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', name_search), 'A') || setweight(to_tsvector('simple', body_search), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "directory_people_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "directory_affiliations" ADD CONSTRAINT "directory_affiliations_person_id_directory_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."directory_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_affiliations" ADD CONSTRAINT "directory_affiliations_organization_id_directory_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."directory_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_claims" ADD CONSTRAINT "directory_claims_organization_id_directory_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."directory_organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_affiliations_org_idx" ON "directory_affiliations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "directory_changes_entity_idx" ON "directory_changes" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "directory_claims_status_idx" ON "directory_claims" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_claims_open_uq" ON "directory_claims" USING btree ("organization_id","user_id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "directory_organizations_tax_code_uq" ON "directory_organizations" USING btree ("tax_code") WHERE tax_code is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "directory_organizations_external_id_uq" ON "directory_organizations" USING btree ("external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "directory_organizations_search_idx" ON "directory_organizations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "directory_organizations_name_trgm_idx" ON "directory_organizations" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_organizations_list_idx" ON "directory_organizations" USING btree ("kind","province_code","sort_key" collate "C");--> statement-breakpoint
CREATE INDEX "directory_organizations_sort_idx" ON "directory_organizations" USING btree ("sort_key" collate "C");--> statement-breakpoint
CREATE INDEX "directory_organizations_sectors_idx" ON "directory_organizations" USING gin ("sectors");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_people_external_id_uq" ON "directory_people" USING btree ("external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "directory_people_search_idx" ON "directory_people" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "directory_people_name_trgm_idx" ON "directory_people" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_people_sort_idx" ON "directory_people" USING btree ("sort_key" collate "C");