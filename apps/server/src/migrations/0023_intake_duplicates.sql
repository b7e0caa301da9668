CREATE TABLE "intake_public_idempotency" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"key" text NOT NULL,
	"content_hash" text NOT NULL,
	"registration_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD COLUMN "possible_duplicate_of" uuid;--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD COLUMN "duplicate_resolution" text;--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD COLUMN "duplicate_reason" text;--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD COLUMN "duplicate_resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD COLUMN "duplicate_resolved_by_name" text;--> statement-breakpoint
ALTER TABLE "intake_public_idempotency" ADD CONSTRAINT "intake_public_idempotency_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_public_idempotency" ADD CONSTRAINT "intake_public_idempotency_registration_id_intake_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."intake_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "intake_public_idempotency_key_uq" ON "intake_public_idempotency" USING btree ("region_id","key");--> statement-breakpoint
CREATE INDEX "intake_public_idempotency_expires_idx" ON "intake_public_idempotency" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD CONSTRAINT "intake_registrations_possible_duplicate_of_intake_registrations_id_fk" FOREIGN KEY ("possible_duplicate_of") REFERENCES "public"."intake_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_registrations_duplicate_idx" ON "intake_registrations" USING btree ("possible_duplicate_of");--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD CONSTRAINT "intake_registrations_duplicate_ck" CHECK ("intake_registrations"."duplicate_resolution" is null or ("intake_registrations"."possible_duplicate_of" is not null and "intake_registrations"."duplicate_resolution" in ('merged', 'not_duplicate') and "intake_registrations"."duplicate_reason" is not null));