import type pg from 'pg';

/*
 * The two PostgreSQL roles of a server installation (README, "Operating Lotsa"):
 *
 * - the **owner role** (DATABASE_MIGRATION_URL) owns the database, its schema and every table; it runs the
 *   migrations and nothing else;
 * - the **app role** (DATABASE_URL) owns nothing. It may read and write the tables, but on `audit_log` only
 *   SELECT and INSERT (and on `audit_seals`): it cannot UPDATE, DELETE or TRUNCATE it, and, not being its owner, cannot disable
 *   its triggers, drop them or alter the table.
 *
 * The grants are made after every migration run (so a table a new migration adds gets them at once) in one
 * transaction: a running instance never sees a moment without its privileges.
 */

/** The role a PostgreSQL URL signs in as (the URL's user name). */
export function roleOfUrl(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error('The database URL names no user: the app role cannot be known.');
  return user;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Gives `role` exactly the app's privileges on the public schema (run as the owner role). */
export async function grantAppRole(client: pg.ClientBase, role: string): Promise<void> {
  const { rows } = await client.query<{ me: string }>('SELECT current_user AS me');
  if (rows[0]?.me === role)
    throw new Error(
      `DATABASE_MIGRATION_URL and DATABASE_URL sign in as the same role (${role}): the app would own the audit log. Give the app a role of its own.`,
    );
  const r = ident(role);
  await client.query('BEGIN');
  try {
    await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
    // The audit log is append-only for the app (its triggers refuse changes for every role as well).
    await client.query(`REVOKE UPDATE, DELETE ON audit_log FROM ${r}`);
    // So are its seals (decision 0009): the sealer, run as the app role, only inserts them.
    await client.query(`REVOKE UPDATE, DELETE ON audit_seals FROM ${r}`);
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${r}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

export interface RoleCheck {
  role: string;
  superuser: boolean;
  /** The role owns the audit log (or is a member of its owner): it could disable the log's triggers. */
  ownsAuditLog: boolean;
}

/** What the role the app runs as may do to the audit log, for the start-up warning. */
export async function checkAppRole(
  query: (sql: string) => Promise<Array<Record<string, unknown>>>,
): Promise<RoleCheck> {
  const rows = await query(
    `SELECT current_user AS role, r.rolsuper AS superuser,
            coalesce(pg_has_role(current_user, c.relowner, 'USAGE'), false) AS owns
       FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('public.audit_log')
      WHERE r.rolname = current_user`,
  );
  const row = rows[0] ?? {};
  return {
    role: String(row.role),
    superuser: row.superuser === true,
    ownsAuditLog: row.owns === true,
  };
}
