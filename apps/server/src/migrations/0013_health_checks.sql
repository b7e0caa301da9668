CREATE TABLE "health_check_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"check_id" uuid NOT NULL,
	"link_id" text NOT NULL,
	"version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"updated_by_user_id" uuid,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_check_sections_uq" UNIQUE("check_id","link_id"),
	CONSTRAINT "health_check_sections_version_ck" CHECK ("health_check_sections"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "health_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"booking_id" uuid,
	"series_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"template_url" text NOT NULL,
	"template_version" integer NOT NULL,
	"section_ids" text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"amend_reason" text,
	"created_by_user_id" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_by_user_id" uuid,
	"signed_by_name" text,
	"signed_at" timestamp with time zone,
	CONSTRAINT "health_checks_series_version_uq" UNIQUE("series_id","version"),
	CONSTRAINT "health_checks_status_ck" CHECK ("health_checks"."status" in ('draft', 'signed', 'amended')),
	CONSTRAINT "health_checks_signed_ck" CHECK (("health_checks"."status" = 'draft') = ("health_checks"."signed_at" is null))
);
--> statement-breakpoint
ALTER TABLE "health_check_sections" ADD CONSTRAINT "health_check_sections_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_sections" ADD CONSTRAINT "health_check_sections_check_id_health_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."health_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_check_sections" ADD CONSTRAINT "health_check_sections_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_checks" ADD CONSTRAINT "health_checks_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_checks" ADD CONSTRAINT "health_checks_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_checks" ADD CONSTRAINT "health_checks_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_checks" ADD CONSTRAINT "health_checks_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_checks" ADD CONSTRAINT "health_checks_signed_by_user_id_users_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "health_checks_one_draft_uq" ON "health_checks" USING btree ("patient_id") WHERE "health_checks"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "health_checks_patient_idx" ON "health_checks" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "health_checks_region_idx" ON "health_checks" USING btree ("region_id");