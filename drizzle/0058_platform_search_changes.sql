CREATE TABLE "platform_search_changes" (
	"source" text NOT NULL,
	"record_id" text NOT NULL,
	"seq" bigserial NOT NULL,
	CONSTRAINT "platform_search_changes_source_record_id_pk" PRIMARY KEY("source","record_id")
);
--> statement-breakpoint
CREATE INDEX "platform_search_changes_seq_idx" ON "platform_search_changes" USING btree ("source","seq");