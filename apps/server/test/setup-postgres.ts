import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database.ts';
import { startPostgres } from './postgres-server.ts';
import { prepareTemplate } from './template.ts';

/** Starts a PostgreSQL server and builds the template database each test file clones. */
export default async function setup(project: TestProject) {
  const server = await startPostgres();
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE lotsa_template');
  const database = await openDatabase({ databaseUrl: server.url('lotsa_template') });
  await prepareTemplate(database);
  await database.close();
  await admin.end();
  project.provide('postgresAdminUrl', server.url('postgres'));
  return () => server.stop();
}
