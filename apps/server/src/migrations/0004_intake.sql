CREATE TABLE "intake_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"given_by" text NOT NULL,
	"representative_name" text,
	"method" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"participation" boolean NOT NULL,
	"sharing_partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"letters_to_representative" boolean DEFAULT false NOT NULL,
	"surveys" boolean DEFAULT false NOT NULL,
	"note" text,
	"recorded_by_user_id" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"withdrawn_by_name" text
);
--> statement-breakpoint
CREATE TABLE "intake_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"by_user_id" uuid,
	"by_name" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "intake_public_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ip_hash" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"channel" text NOT NULL,
	"stage" text NOT NULL,
	"stage_since" timestamp with time zone DEFAULT now() NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"identity_number" text,
	"municipality_code" text NOT NULL,
	"street_address" text,
	"postal_code" text,
	"city" text,
	"phone" text,
	"email" text,
	"applicant_name" text,
	"applicant_relation" text,
	"applicant_phone" text,
	"applicant_email" text,
	"contact_preference" text NOT NULL,
	"contact_consent" boolean DEFAULT false NOT NULL,
	"disabilities" text,
	"diagnoses" text[] DEFAULT '{}'::text[] NOT NULL,
	"current_care_contacts" text,
	"hard_today" text,
	"planned_start_date" date,
	"first_call_at" timestamp with time zone,
	"needs_mapping" jsonb,
	"needs_mapped_at" timestamp with time zone,
	"needs_mapped_by_name" text,
	"decision" text,
	"decision_reason" text,
	"catchment_override" boolean DEFAULT false NOT NULL,
	"override_reason" text,
	"decided_by_user_id" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"waiting_since" timestamp with time zone,
	"offered_at" timestamp with time zone,
	"patient_id" uuid,
	"enrolled_at" timestamp with time zone,
	"exit_reason" text,
	"close_reason" text,
	"ended_at" timestamp with time zone,
	"created_by_user_id" uuid,
	CONSTRAINT "intake_registrations_stage_ck" CHECK ("intake_registrations"."stage" in ('received','first_call_booked','needs_mapped','eligible','not_eligible','consented','waiting_list','offered','enrolled','exited','closed')),
	CONSTRAINT "intake_registrations_channel_ck" CHECK ("intake_registrations"."channel" in ('staff', 'public')),
	CONSTRAINT "intake_registrations_patient_ck" CHECK ("intake_registrations"."stage" not in ('enrolled', 'exited') or "intake_registrations"."patient_id" is not null),
	CONSTRAINT "intake_registrations_waiting_ck" CHECK ("intake_registrations"."stage" <> 'waiting_list' or "intake_registrations"."waiting_since" is not null)
);
--> statement-breakpoint
ALTER TABLE "intake_consents" ADD CONSTRAINT "intake_consents_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_consents" ADD CONSTRAINT "intake_consents_registration_id_intake_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."intake_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_consents" ADD CONSTRAINT "intake_consents_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_events" ADD CONSTRAINT "intake_events_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_events" ADD CONSTRAINT "intake_events_registration_id_intake_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."intake_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_events" ADD CONSTRAINT "intake_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD CONSTRAINT "intake_registrations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD CONSTRAINT "intake_registrations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD CONSTRAINT "intake_registrations_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD CONSTRAINT "intake_registrations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_registrations" ADD CONSTRAINT "intake_registrations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intake_consents_registration_idx" ON "intake_consents" USING btree ("registration_id","recorded_at");--> statement-breakpoint
CREATE INDEX "intake_events_registration_idx" ON "intake_events" USING btree ("registration_id","at");--> statement-breakpoint
CREATE INDEX "intake_public_submissions_ip_idx" ON "intake_public_submissions" USING btree ("ip_hash","at");--> statement-breakpoint
CREATE INDEX "intake_public_submissions_at_idx" ON "intake_public_submissions" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_registrations_reference_uq" ON "intake_registrations" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "intake_registrations_unit_stage_idx" ON "intake_registrations" USING btree ("unit_id","stage","received_at");--> statement-breakpoint
CREATE INDEX "intake_registrations_waiting_idx" ON "intake_registrations" USING btree ("unit_id","waiting_since") WHERE "intake_registrations"."stage" = 'waiting_list';--> statement-breakpoint
CREATE INDEX "intake_registrations_patient_idx" ON "intake_registrations" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "intake_registrations_identity_idx" ON "intake_registrations" USING btree ("region_id","identity_number");