ALTER TABLE "marketplace_ip_fees" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "marketplace_ip_fees" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_ip_fees" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_ip_licences" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "marketplace_ip_licences" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_ip_licences" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_ip_revenues" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "marketplace_ip_revenues" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "marketplace_ip_revenues" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;