CREATE TABLE "platform_rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "platform_rate_limits_window_idx" ON "platform_rate_limits" USING btree ("window_ends_at");