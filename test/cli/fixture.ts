import { promote, SqliteStore, type IdentityContext } from "../../src/index.js";

/** One promotable candidate. */
const candidate = (scope: "user" | "project" | "org", key: string, text: string) => ({
  bucket: "promote",
  memoryType: scope === "user" ? "preference" : "fact",
  key,
  content: { value: text },
  text,
  confidence: 0.9,
  scope,
});

/**
 * Writes memories for the same user and project ids under two organisations
 * and under none: `ana` and project `atlas` exist in `acme`, in `globex` and
 * (ana only) outside any org; ana's theme in acme is superseded once.
 */
export async function seedTwoOrgs(path: string): Promise<void> {
  const store = new SqliteStore({ path });
  const write = (identity: IdentityContext, ...candidates: ReturnType<typeof candidate>[]) => promote(store, candidates, identity);
  await write({ userId: "ana", orgId: "acme", projectId: "atlas" }, candidate("user", "ui.theme", "Prefers dark mode"), candidate("project", "stack.db", "Atlas uses Postgres"), candidate("org", "org.tool", "Acme uses Jira"));
  await write({ userId: "ana", orgId: "acme" }, candidate("user", "ui.theme", "Prefers light mode"));
  await write({ userId: "ana", orgId: "globex", projectId: "atlas" }, candidate("user", "ui.language", "Prefers French"), candidate("project", "stack.db", "Globex Atlas uses MySQL"));
  await write({ userId: "bo", orgId: "globex" }, candidate("user", "ui.theme", "Prefers high contrast"));
  await write({ userId: "ana" }, candidate("user", "ui.units", "Prefers metric units"));
  store.stop();
}
