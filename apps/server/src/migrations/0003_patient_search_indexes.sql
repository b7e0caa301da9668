DROP INDEX "patients_family_name_idx";--> statement-breakpoint
DROP INDEX "patients_given_name_idx";--> statement-breakpoint
CREATE INDEX "patients_unit_family_name_idx" ON "patients" USING btree ("unit_id",lower("family_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_unit_given_name_idx" ON "patients" USING btree ("unit_id",lower("given_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_identity_idx" ON "patients" USING btree ("region_id","identity_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_identity_short_idx" ON "patients" USING btree ("region_id",substring("identity_number" from 3) text_pattern_ops);