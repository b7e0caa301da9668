CREATE TABLE "access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason_code" text,
	"reason_text" text,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "access_grants_kind_ck" CHECK ("access_grants"."kind" in ('reason', 'emergency', 'registered', 'protected_confirmed')),
	CONSTRAINT "access_grants_expiry_ck" CHECK ("access_grants"."expires_at" > "access_grants"."granted_at")
);
--> statement-breakpoint
CREATE TABLE "access_settings" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"reason_hours" integer,
	"emergency_hours" integer DEFAULT 4 NOT NULL,
	"review_sample_per_week" integer DEFAULT 20 NOT NULL,
	"workday_start" time DEFAULT '07:00' NOT NULL,
	"workday_end" time DEFAULT '18:00' NOT NULL,
	"many_patients_per_day" integer DEFAULT 30 NOT NULL,
	"totp_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"audit_id" bigint NOT NULL,
	"reviewed_by_user_id" uuid NOT NULL,
	"reviewed_by_name" text NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_reviews" ADD CONSTRAINT "audit_reviews_reviewed_by_user_id_users_id_fk" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_grants_user_patient_idx" ON "access_grants" USING btree ("user_id","patient_id","expires_at");--> statement-breakpoint
CREATE INDEX "access_grants_region_idx" ON "access_grants" USING btree ("region_id","granted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_reviews_unit_audit_uq" ON "audit_reviews" USING btree ("unit_id","audit_id");--> statement-breakpoint
CREATE INDEX "audit_reviews_region_at_idx" ON "audit_reviews" USING btree ("region_id","reviewed_at");
--> statement-breakpoint
-- Decision 0010: the care relationships are derived from the modules' data, never stored. The kernel
-- asks this view in every guarded access (region, user, patient); a module that renames a column
-- read here gets a migration error until the view follows.
CREATE VIEW "care_relations" AS
  -- fixed contacts: fast läkarkontakt, fast vårdkontakt, navigator
  SELECT a.region_id, a.patient_id, u.id AS user_id, a.role AS kind, NULL::timestamptz AS until
    FROM care_team_assignments a JOIN users u ON u.staff_id = a.staff_id
   WHERE a.valid_to IS NULL AND u.active
  UNION ALL
  -- their stand-ins
  SELECT a.region_id, a.patient_id, u.id, 'stand_in', NULL
    FROM care_team_assignments a JOIN users u ON u.staff_id = a.stand_in_staff_id
   WHERE a.valid_to IS NULL AND u.active
  UNION ALL
  -- the patient's care team: the members of a team that a fixed contact or stand-in belongs to
  SELECT DISTINCT a.region_id, a.patient_id, u.id, 'care_team', NULL::timestamptz
    FROM care_team_assignments a
    JOIN team_members tm ON tm.staff_id = a.staff_id OR tm.staff_id = a.stand_in_staff_id
    JOIN team_members mate ON mate.team_id = tm.team_id
    JOIN users u ON u.staff_id = mate.staff_id
   WHERE a.valid_to IS NULL AND u.active
  UNION ALL
  -- staff booked on the patient's visits: from the booking until 30 days after the visit
  SELECT b.region_id, b.patient_id, u.id, 'booked_visit', b.ends_at + interval '30 days'
    FROM bookings b
    JOIN allocations al ON al.booking_id = b.id AND al.resource_kind = 'staff'
    JOIN users u ON u.staff_id = al.resource_id
   WHERE b.status IN ('held', 'booked', 'completed') AND u.active
  UNION ALL
  -- the navigator handling the intake: whoever took a step, until 30 days after it ended
  SELECT r.region_id, r.patient_id, e.by_user_id, 'intake',
         coalesce(r.enrolled_at, r.ended_at) + interval '30 days'
    FROM intake_registrations r JOIN intake_events e ON e.registration_id = r.id
   WHERE r.patient_id IS NOT NULL AND e.by_user_id IS NOT NULL
  UNION ALL
  -- time-limited grants: a stated reason, the registrar of a new record
  SELECT g.region_id, g.patient_id, g.user_id, g.kind, g.expires_at
    FROM access_grants g
   WHERE g.kind IN ('reason', 'registered');
