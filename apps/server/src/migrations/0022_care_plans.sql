CREATE TABLE "care_plan_acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"participant_id" uuid NOT NULL,
	"user_id" uuid,
	"user_name" text NOT NULL,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_plan_acknowledgements_uq" UNIQUE("plan_id","version","participant_id")
);
--> statement-breakpoint
CREATE TABLE "care_plan_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"participant_id" uuid,
	"given_by" text NOT NULL,
	"representative_name" text,
	"method" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"withdrawn_by_name" text
);
--> statement-breakpoint
CREATE TABLE "care_plan_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"role" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "care_plan_participants_kind_ck" CHECK ("care_plan_participants"."kind" in ('region_staff', 'municipality', 'patient', 'representative', 'other'))
);
--> statement-breakpoint
CREATE TABLE "care_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"legal_reference" text NOT NULL,
	"content" jsonb NOT NULL,
	"participants" jsonb NOT NULL,
	"agreed_by_user_id" uuid,
	"agreed_by_name" text NOT NULL,
	"agreed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_plan_versions_uq" UNIQUE("plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "care_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"trigger" text NOT NULL,
	"legal_reference" text NOT NULL,
	"content" jsonb NOT NULL,
	"follow_up_date" date,
	"follow_up_by" text,
	"agreed_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_plans_status_ck" CHECK ("care_plans"."status" in ('draft', 'agreed')),
	CONSTRAINT "care_plans_version_ck" CHECK ("care_plans"."version" >= 1 and "care_plans"."revision" >= 1)
);
--> statement-breakpoint
ALTER TABLE "care_plan_acknowledgements" ADD CONSTRAINT "care_plan_acknowledgements_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_acknowledgements" ADD CONSTRAINT "care_plan_acknowledgements_plan_id_care_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."care_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_acknowledgements" ADD CONSTRAINT "care_plan_acknowledgements_participant_id_care_plan_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."care_plan_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_acknowledgements" ADD CONSTRAINT "care_plan_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_consents" ADD CONSTRAINT "care_plan_consents_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_consents" ADD CONSTRAINT "care_plan_consents_plan_id_care_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."care_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_consents" ADD CONSTRAINT "care_plan_consents_participant_id_care_plan_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."care_plan_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_consents" ADD CONSTRAINT "care_plan_consents_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_participants" ADD CONSTRAINT "care_plan_participants_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_participants" ADD CONSTRAINT "care_plan_participants_plan_id_care_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."care_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_participants" ADD CONSTRAINT "care_plan_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_versions" ADD CONSTRAINT "care_plan_versions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_versions" ADD CONSTRAINT "care_plan_versions_plan_id_care_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."care_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_versions" ADD CONSTRAINT "care_plan_versions_agreed_by_user_id_users_id_fk" FOREIGN KEY ("agreed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_plan_consents_plan_idx" ON "care_plan_consents" USING btree ("plan_id","recorded_at");--> statement-breakpoint
CREATE INDEX "care_plan_participants_plan_idx" ON "care_plan_participants" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "care_plan_participants_user_idx" ON "care_plan_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "care_plans_patient_idx" ON "care_plans" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "care_plans_follow_up_idx" ON "care_plans" USING btree ("region_id","follow_up_date");