CREATE TABLE "health_plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"text" text NOT NULL,
	"easy_text" text,
	"topic" text NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_name" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"follow_up" text,
	"contact_request_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_plan_actions_status_ck" CHECK ("health_plan_actions"."status" in ('planned', 'in_progress', 'done', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "health_checks" ADD COLUMN "next_check_date" date;--> statement-breakpoint
ALTER TABLE "health_plan_actions" ADD CONSTRAINT "health_plan_actions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_plan_actions" ADD CONSTRAINT "health_plan_actions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_plan_actions" ADD CONSTRAINT "health_plan_actions_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "health_plan_actions_series_idx" ON "health_plan_actions" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "health_plan_actions_patient_idx" ON "health_plan_actions" USING btree ("patient_id");