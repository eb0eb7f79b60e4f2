CREATE TABLE "identity_account_locks" (
	"user_id" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_at" timestamp with time zone,
	"unlock_token_hash" text,
	"unlock_expires_at" timestamp with time zone,
	CONSTRAINT "identity_account_locks_unlock_token_hash_unique" UNIQUE("unlock_token_hash")
);
--> statement-breakpoint
ALTER TABLE "identity_account_locks" ADD CONSTRAINT "identity_account_locks_user_id_identity_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."identity_users"("id") ON DELETE cascade ON UPDATE no action;