CREATE TABLE "audit_seals" (
	"region_id" uuid NOT NULL,
	"seal_no" bigint NOT NULL,
	"after_seq" bigint NOT NULL,
	"last_seq" bigint NOT NULL,
	"row_count" integer NOT NULL,
	"rows_hash" text NOT NULL,
	"prev_seal_hash" text NOT NULL,
	"seal_hash" text NOT NULL,
	"sealed_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"legacy_first_broken_seq" bigint,
	CONSTRAINT "audit_seals_region_id_seal_no_pk" PRIMARY KEY("region_id","seal_no"),
	CONSTRAINT "audit_seals_region_last_uq" UNIQUE("region_id","last_seq")
);
--> statement-breakpoint
-- Decision 0009: the audit log without a lock. Each row is numbered from one sequence and carries its
-- own content hash (set by a trigger, no advisory lock, no read of the previous row); the sealer chains
-- the rows of each region, in seq order and in batches, into audit_seals. Rows written before this
-- migration keep their seq, prev_hash and hash (the old per-region chain) and are sealed here.
CREATE SEQUENCE audit_log_seq AS bigint;
--> statement-breakpoint
SELECT setval('audit_log_seq', coalesce((SELECT max(seq) FROM audit_log), 0) + 1, false);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The transaction id first, then the number: the sealer relies on every number having been handed
  -- to a transaction that already has an id (see audit_seal_horizon in kernel/audit-seal.ts).
  PERFORM pg_current_xact_id();
  NEW.seq := nextval('audit_log_seq');
  NEW.prev_hash := '';
  NEW.hash := audit_log_row_hash(NEW);
  RETURN NEW;
END
$$;
--> statement-breakpoint
DROP TRIGGER audit_log_chain ON audit_log;
--> statement-breakpoint
DROP FUNCTION audit_log_chain();
--> statement-breakpoint
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_stamp();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_seal_hash(s audit_seals) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    s.prev_seal_hash, s.region_id::text, s.seal_no::text, s.after_seq::text, s.last_seq::text,
    s.row_count::text, s.rows_hash, coalesce(s.legacy_first_broken_seq::text, '')
  ), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Seals the region's rows with seq <= horizon that no seal covers yet, at most `batch` rows per seal.
-- `legacy_broken`: only for this migration (where the old chain was broken). Returns the seals made.
CREATE OR REPLACE FUNCTION audit_seal_region(region uuid, horizon bigint, batch integer, legacy_broken bigint DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  prev audit_seals;
  s audit_seals;
  made integer := 0;
BEGIN
  LOOP
    SELECT * INTO prev FROM audit_seals WHERE region_id = region ORDER BY seal_no DESC LIMIT 1;
    s.region_id := region;
    s.seal_no := coalesce(prev.seal_no, 0) + 1;
    s.after_seq := coalesce(prev.last_seq, 0);
    s.prev_seal_hash := coalesce(prev.seal_hash, '');
    SELECT count(*)::int, max(b.seq),
           encode(sha256(convert_to(coalesce(string_agg(b.hash, '|' ORDER BY b.seq), ''), 'UTF8')), 'hex')
      INTO s.row_count, s.last_seq, s.rows_hash
      FROM (SELECT a.seq, a.hash FROM audit_log a
             WHERE a.region_id = region AND a.seq > s.after_seq AND a.seq <= horizon
             ORDER BY a.seq LIMIT batch) b;
    EXIT WHEN s.row_count = 0;
    s.legacy_first_broken_seq := CASE WHEN legacy_broken > s.after_seq AND legacy_broken <= s.last_seq
                                      THEN legacy_broken END;
    s.sealed_at := clock_timestamp();
    s.seal_hash := audit_seal_hash(s);
    INSERT INTO audit_seals VALUES (s.*);
    made := made + 1;
  END LOOP;
  RETURN made;
END
$$;
--> statement-breakpoint
-- One sealer at a time (an advisory lock held to the end of its transaction); every region.
CREATE OR REPLACE FUNCTION audit_seal(horizon bigint, batch integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  r record;
  made integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_seal', 0));
  FOR r IN SELECT DISTINCT region_id FROM (
             SELECT id AS region_id FROM regions UNION SELECT region_id FROM audit_seals) x LOOP
    made := made + audit_seal_region(r.region_id, horizon, batch);
  END LOOP;
  RETURN made;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_seals_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_seals is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_seals_no_update_delete BEFORE UPDATE OR DELETE ON audit_seals
  FOR EACH ROW EXECUTE FUNCTION audit_seals_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
  FOR EACH STATEMENT EXECUTE FUNCTION audit_seals_refuse_change();
--> statement-breakpoint
-- The existing chains: checked as the old verification did (hash, link to the previous row, seq without
-- gaps), then sealed as they are; where a chain was already broken, the seal over that row says so.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT region_id, min(seq) FILTER (WHERE NOT ok) AS first_broken, max(seq) AS upto FROM (
      SELECT region_id, seq,
             hash = audit_log_row_hash(a)
             AND prev_hash = coalesce(lag(hash) OVER (PARTITION BY region_id ORDER BY seq), '')
             AND seq = row_number() OVER (PARTITION BY region_id ORDER BY seq) AS ok
      FROM audit_log a) c
    GROUP BY region_id
  LOOP
    PERFORM audit_seal_region(r.region_id, r.upto, 10000, r.first_broken);
  END LOOP;
END
$$;
