CREATE TABLE "calendar_versions" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"static_version" bigint DEFAULT 0 NOT NULL,
	"epoch" uuid DEFAULT gen_random_uuid() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "allocations" ADD COLUMN "change_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_versions" ADD CONSTRAINT "calendar_versions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocations_change_idx" ON "allocations" USING btree ("region_id","change_version");--> statement-breakpoint
-- The search's calendar cache asks "what changed since version N?" instead of re-reading every calendar.
-- Each region has one row; the writers of a region take turns on it, so versions follow commit order:
-- a reader that sees version N committed sees every change stamped N or lower.
INSERT INTO "calendar_versions" ("region_id") SELECT "id" FROM "regions" ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE FUNCTION calendar_versions_for_new_region() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO calendar_versions (region_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER regions_calendar_version AFTER INSERT ON "regions"
  FOR EACH ROW EXECUTE FUNCTION calendar_versions_for_new_region();--> statement-breakpoint
-- Every written allocation carries the version of its transaction: the first row a transaction writes in a
-- region moves the region's version on (and waits for any other writer of the region to finish); the
-- others reuse it. `lotsa.calendar_dirty` tells the cache that this transaction holds uncommitted changes.
CREATE FUNCTION allocations_stamp_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  setting text := 'lotsa.calendar_version_' || replace(NEW.region_id::text, '-', '');
  v bigint := nullif(current_setting(setting, true), '')::bigint;
BEGIN
  IF v IS NULL THEN
    INSERT INTO calendar_versions AS c (region_id, version) VALUES (NEW.region_id, 1)
      ON CONFLICT (region_id) DO UPDATE SET version = c.version + 1
      RETURNING c.version INTO v;
    PERFORM set_config(setting, v::text, true);
    PERFORM set_config('lotsa.calendar_dirty', 'on', true);
  END IF;
  NEW.change_version := v;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER allocations_stamp_version BEFORE INSERT OR UPDATE ON "allocations"
  FOR EACH ROW EXECUTE FUNCTION allocations_stamp_version();--> statement-breakpoint
-- Staff, rooms, devices, hours, overrides, closed days, absences, visit types (and deleted allocations):
-- rare changes that make every region's cache read its calendars again.
CREATE FUNCTION calendar_static_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE calendar_versions SET version = version + 1, static_version = version + 1;
  PERFORM set_config('lotsa.calendar_dirty', 'on', true);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER staff_calendar_static AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "staff"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();--> statement-breakpoint
CREATE TRIGGER rooms_calendar_static AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "rooms"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();--> statement-breakpoint
CREATE TRIGGER equipment_calendar_static AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "equipment"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();--> statement-breakpoint
CREATE TRIGGER external_participants_calendar_static AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "external_participants"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();--> statement-breakpoint
CREATE TRIGGER working_hours_calendar_static AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "working_hours"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();--> statement-breakpoint
CREATE TRIGGER date_overrides_calendar_static AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "date_overrides"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();--> statement-breakpoint
CREATE TRIGGER closed_days_calendar_static AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "closed_days"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();--> statement-breakpoint
CREATE TRIGGER staff_absences_calendar_static AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "staff_absences"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();--> statement-breakpoint
CREATE TRIGGER visit_types_calendar_static AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "visit_types"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();--> statement-breakpoint
CREATE TRIGGER allocations_calendar_static AFTER DELETE OR TRUNCATE ON "allocations"
  FOR EACH STATEMENT EXECUTE FUNCTION calendar_static_changed();
