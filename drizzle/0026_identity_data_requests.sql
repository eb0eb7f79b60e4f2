CREATE TABLE "identity_data_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"handled_by" text,
	"note" text,
	"file_hash" text,
	"download_token_hash" text,
	"download_expires_at" timestamp with time zone,
	CONSTRAINT "identity_data_requests_download_token_hash_unique" UNIQUE("download_token_hash")
);
--> statement-breakpoint
ALTER TABLE "identity_data_requests" ADD CONSTRAINT "identity_data_requests_user_id_identity_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."identity_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_data_requests_status_idx" ON "identity_data_requests" USING btree ("status","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "identity_data_requests_open_uq" ON "identity_data_requests" USING btree ("user_id","kind") WHERE status = 'open';