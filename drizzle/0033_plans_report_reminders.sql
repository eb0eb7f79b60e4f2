ALTER TABLE "plans_reports" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans_reports" ADD COLUMN "escalated_at" timestamp with time zone;