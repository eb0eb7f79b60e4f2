ALTER TABLE "content_media" ALTER COLUMN "width" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "content_media" ALTER COLUMN "height" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "content_media" ADD COLUMN "kind" text DEFAULT 'image' NOT NULL;--> statement-breakpoint
ALTER TABLE "content_media" ADD COLUMN "bytes" integer;--> statement-breakpoint
ALTER TABLE "content_media" ADD CONSTRAINT "content_media_image_size" CHECK (("content_media"."kind" = 'image') = ("content_media"."width" is not null and "content_media"."height" is not null));