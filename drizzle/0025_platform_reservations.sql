CREATE TABLE "platform_reservation_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reservation_id" uuid NOT NULL,
	"session_key" text DEFAULT '' NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"checked_in_by_id" text,
	"checked_in_by_label" text NOT NULL,
	"station" text,
	"is_walk_in" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform_reservation_pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_module" text NOT NULL,
	"owner_key" text NOT NULL,
	"group_key" text NOT NULL,
	"capacity" integer NOT NULL,
	"taken_units" integer DEFAULT 0 NOT NULL,
	"held_units" integer DEFAULT 0 NOT NULL,
	"hold_hours" integer DEFAULT 24 NOT NULL,
	"is_approval_required" boolean DEFAULT false NOT NULL,
	"max_party_size" integer DEFAULT 10 NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_reservation_pools_units_ck" CHECK ("platform_reservation_pools"."taken_units" >= 0 and "platform_reservation_pools"."held_units" >= 0 and "platform_reservation_pools"."taken_units" + "platform_reservation_pools"."held_units" <= "platform_reservation_pools"."capacity"),
	CONSTRAINT "platform_reservation_pools_settings_ck" CHECK ("platform_reservation_pools"."hold_hours" between 1 and 720 and "platform_reservation_pools"."max_party_size" >= 1)
);
--> statement-breakpoint
CREATE TABLE "platform_reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pool_id" uuid NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "platform_reservations_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"party_size" integer NOT NULL,
	"account_id" text,
	"guest_email" text,
	"guest_name" text,
	"holder_key" text,
	"status" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"ticket_ref" text NOT NULL,
	"hold_expires_at" timestamp with time zone,
	"claim_token_hash" text,
	"offered_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_reservations_party_ck" CHECK ("platform_reservations"."party_size" >= 1),
	CONSTRAINT "platform_reservations_status_ck" CHECK ("platform_reservations"."status" in ('pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'expired', 'rejected')),
	CONSTRAINT "platform_reservations_who_ck" CHECK ("platform_reservations"."account_id" is not null or "platform_reservations"."guest_email" is not null or "platform_reservations"."guest_name" is not null),
	CONSTRAINT "platform_reservations_hold_ck" CHECK ("platform_reservations"."status" <> 'offered' or ("platform_reservations"."hold_expires_at" is not null and "platform_reservations"."claim_token_hash" is not null))
);
--> statement-breakpoint
ALTER TABLE "platform_reservation_checkins" ADD CONSTRAINT "platform_reservation_checkins_reservation_id_platform_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."platform_reservations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_reservations" ADD CONSTRAINT "platform_reservations_pool_id_platform_reservation_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."platform_reservation_pools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "platform_reservation_checkins_uq" ON "platform_reservation_checkins" USING btree ("reservation_id","session_key");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_reservation_pools_owner_uq" ON "platform_reservation_pools" USING btree ("owner_module","owner_key");--> statement-breakpoint
CREATE INDEX "platform_reservation_pools_group_idx" ON "platform_reservation_pools" USING btree ("owner_module","group_key");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_reservations_idempotency_uq" ON "platform_reservations" USING btree ("pool_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_reservations_ticket_uq" ON "platform_reservations" USING btree ("ticket_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_reservations_claim_uq" ON "platform_reservations" USING btree ("claim_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "platform_reservations_holder_uq" ON "platform_reservations" USING btree ("pool_id","holder_key") WHERE "platform_reservations"."status" in ('pending', 'confirmed', 'waitlisted', 'offered');--> statement-breakpoint
CREATE INDEX "platform_reservations_waitlist_idx" ON "platform_reservations" USING btree ("pool_id","seq") WHERE "platform_reservations"."status" = 'waitlisted';--> statement-breakpoint
CREATE INDEX "platform_reservations_pool_status_idx" ON "platform_reservations" USING btree ("pool_id","status");--> statement-breakpoint
CREATE INDEX "platform_reservations_account_idx" ON "platform_reservations" USING btree ("account_id");