import {
  exactItems,
  exportMemories,
  fromStoredValue,
  history as historyOf,
  namespacesOf,
  orgsHolding,
  parseIdentity,
  parseNamespace,
  readableLevels,
  type IdentityContext,
  type MemoryRecord,
} from "../../memory/index.js";
import { SqliteStore } from "../../store/index.js";
import { databaseCommand } from "../database-command.js";
import { OWNER_OPTIONS, ownerOf } from "./owner.js";

/** `memories`: the memory records in the file, filtered by owner and type. */
export const memories = databaseCommand({
  group: "read",
  summary: "List memory records: live ones by default, superseded and expired ones too with --all. Owner options filter by id.",
  positionals: [],
  options: {
    ...OWNER_OPTIONS,
    type: { type: "string", value: "type", description: "only this memory type (preference, rule, fact, …)" },
    all: { type: "boolean", description: "include superseded and expired records" },
  },
  writes: false,
  async query(db, _args, values) {
    const store = new SqliteStore({ db });
    const now = Date.now();
    const records: (MemoryRecord & { status: string })[] = [];
    for await (const namespace of namespacesOf(store, { owner: ownerOf(values) })) {
      const inHistory = parseNamespace(namespace)!.kind === "history";
      if (inHistory && !values.all) continue;
      for (const item of await exactItems(store, namespace)) {
        const record = fromStoredValue(item.value);
        if (record === undefined || (values.type !== undefined && record.memoryType !== values.type)) continue;
        const expired = record.expiresAt !== null && Date.parse(record.expiresAt) <= now;
        const status = inHistory ? (record.supersededBy === null ? "version" : "superseded") : expired ? "expired" : "live";
        if (status === "version" || (status === "expired" && !values.all)) continue;
        records.push({ ...record, status });
      }
    }
    const rows = records.map((r) => [r.scope, r.userId ?? r.projectId ?? r.orgId ?? "-", r.key, r.memoryType, r.text, r.confidence, r.status, r.lastVerifiedAt]);
    return { columns: ["scope", "owner", "key", "type", "text", "confidence", "status", "verified"], rows, json: records };
  },
});

/** `history <key>`: every version of one key an identity can read. */
export const history = databaseCommand({
  group: "read",
  summary: "List every version of a memory key that the identity (--user, with its --org and --project) can read, oldest first.",
  positionals: ["<key>"],
  options: { ...OWNER_OPTIONS, user: { ...OWNER_OPTIONS.user, required: true } },
  writes: false,
  async query(db, [key], values) {
    const store = new SqliteStore({ db });
    const identity = parseIdentity({ userId: values.user, orgId: values.org, projectId: values.project });
    const records = await historyOf(store, identity, key!);
    const rows = records.map((r) => [r.createdAt, r.scope, r.text, r.supersededBy === null ? "live" : `superseded by ${r.supersededBy}`]);
    const notes = records.length === 0 ? await whereElse(store, identity, key!) : [];
    return { columns: ["created", "scope", "text", "status"], rows, json: records, notes };
  },
});

/** For an empty history: the owners searched, and the other orgs under which the user has versions of the key. */
async function whereElse(store: SqliteStore, identity: IdentityContext, key: string): Promise<string[]> {
  const inOrg = (orgId: string | undefined) => (orgId === undefined ? "outside every org" : `in org "${orgId}"`);
  const searched = readableLevels(identity).map((level) => {
    const { userId, projectId, orgId } = identity;
    switch (level) {
      case "global":
        return "global";
      case "org":
        return `org "${orgId}"`;
      case "project":
        return `project "${projectId}" ${inOrg(orgId)}`;
      case "user":
        return `user "${userId}" ${inOrg(orgId)}`;
      case "user_in_project":
        return `user "${userId}" in project "${projectId}" ${inOrg(orgId)}`;
    }
  });
  const elsewhere: string[] = [];
  for (const org of await orgsHolding(store, { userId: identity.userId })) {
    const orgId = org ?? undefined;
    if (orgId === identity.orgId) continue;
    if ((await historyOf(store, { ...identity, orgId }, key)).length > 0) elsewhere.push(orgId === undefined ? '--org ""' : `--org ${orgId}`);
  }
  return [
    `no versions of "${key}"; searched: ${searched.join(", ")}`,
    elsewhere.length > 0
      ? `"${key}" has versions for user "${identity.userId}" under ${elsewhere.join(", ")}: pass it`
      : `no org holds versions of "${key}" for user "${identity.userId}"`,
  ];
}

/** `export`: memories as JSON Lines, for `import`. */
export const exportCommand = databaseCommand({
  group: "read",
  summary:
    "Write memories as JSON Lines (history included): with --user, what that identity (with its --org and --project) can read; without it, the memories of the --org/--project given (as memories lists them), or every memory.",
  positionals: [],
  options: OWNER_OPTIONS,
  writes: false,
  async query(db, _args, values) {
    // With --user: what that identity can read; otherwise the memories of the owner ids given, as `memories` lists them.
    const target = values.user === undefined ? { owner: ownerOf(values) } : parseIdentity({ userId: values.user, orgId: values.org, projectId: values.project });
    const lines: string[] = [];
    for await (const line of exportMemories(new SqliteStore({ db }), target)) lines.push(line);
    return { lines };
  },
});
