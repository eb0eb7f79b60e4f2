ALTER TABLE "identity_consents" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "identity_consents" ADD COLUMN "subject_email" text;--> statement-breakpoint
ALTER TABLE "identity_consents" ADD COLUMN "scope" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "identity_consents_email_in_force_idx" ON "identity_consents" USING btree ("subject_email","purpose") WHERE "identity_consents"."subject_email" is not null and "identity_consents"."withdrawn_at" is null;--> statement-breakpoint
ALTER TABLE "identity_consents" ADD CONSTRAINT "identity_consents_subject_check" CHECK (num_nonnulls("identity_consents"."user_id", "identity_consents"."subject_email") = 1);