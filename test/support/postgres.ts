import { randomUUID } from "node:crypto";
import { PostgresStore } from "@langchain/langgraph-checkpoint-postgres/store";
import pg from "pg";

/** The Postgres server the Postgres suites run against; `.ci/run` starts one and sets it. */
export const POSTGRES_URL = process.env.MEMORY_TEST_POSTGRES_URL;

if (POSTGRES_URL === undefined && process.env.VITEST) {
  if (process.env.CI) throw new Error("CI must run the Postgres suites, but MEMORY_TEST_POSTGRES_URL is not set: the server did not start.");
  console.warn("Postgres suites skipped: set MEMORY_TEST_POSTGRES_URL=postgres://… to run them against a server.");
}

/** A set-up official PostgresStore in a schema of its own, dropped on close, so parallel test files never meet. */
export async function freshPostgresStore(url: string): Promise<{ store: PostgresStore; close(): Promise<void> }> {
  const schema = `lsm_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const store = PostgresStore.fromConnString(url, { schema });
  await store.setup();
  return {
    store,
    async close() {
      await store.stop();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/** A new, empty database on the server, for whole-backend tests; dropped on close. */
export async function freshPostgresDatabase(url: string): Promise<{ url: string; close(): Promise<void> }> {
  const name = `lsm_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const database = new URL(url);
  database.pathname = `/${name}`;
  return {
    url: database.toString(),
    async close() {
      // Wait for every client to leave rather than FORCE, which kills connections still closing.
      for (let attempt = 0; ; attempt += 1) {
        try {
          await admin.query(`DROP DATABASE ${name}`);
          break;
        } catch (error) {
          if (attempt >= 50 || (error as { code?: string }).code !== "55006") throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await admin.end();
    },
  };
}
