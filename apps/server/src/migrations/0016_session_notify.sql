-- #18: instances keep resolved sessions in memory; every change that could change one is announced on
-- commit with NOTIFY lotsa_sessions, so every instance drops it (modules/access/session-cache.ts).
-- Payloads: 's:<token hash>' (that session), 'u:<user id>' (every session of the user), '*' (all).
CREATE OR REPLACE FUNCTION lotsa_sessions_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('lotsa_sessions', 's:' || OLD.token_hash);
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('lotsa_sessions', 'u:' || OLD.id::text);
  ELSIF TG_TABLE_NAME = 'user_unit_roles' THEN
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('lotsa_sessions', 'u:' || OLD.user_id::text); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('lotsa_sessions', 'u:' || NEW.user_id::text); END IF;
  ELSE
    PERFORM pg_notify('lotsa_sessions', '*');
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_notify AFTER UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION lotsa_sessions_notify();
--> statement-breakpoint
CREATE TRIGGER users_notify AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION lotsa_sessions_notify();
--> statement-breakpoint
CREATE TRIGGER user_unit_roles_notify AFTER INSERT OR UPDATE OR DELETE ON user_unit_roles
  FOR EACH ROW EXECUTE FUNCTION lotsa_sessions_notify();
--> statement-breakpoint
CREATE TRIGGER units_notify AFTER UPDATE OR DELETE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION lotsa_sessions_notify();
