ALTER TABLE "intake_registrations" ADD COLUMN "decision_basis" jsonb;--> statement-breakpoint
-- Decisions made before the basis was kept: the municipality now is the best known; no criteria to compare.
UPDATE "intake_registrations" SET "decision_basis" = jsonb_build_object('municipalityCode', "municipality_code", 'criteria', '{}'::jsonb) WHERE "decision" IS NOT NULL;
