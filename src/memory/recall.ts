import type { BaseStore, SearchItem, SearchOperation } from "@langchain/langgraph-checkpoint";
import { parseIdentity, type IdentityContext } from "./identity.js";
import { belongsTo, namespaceFor, ownersAt, readableLevels } from "./namespaces.js";
import { MEMORY_TYPES, type MemoryRecord, type MemoryType } from "./record.js";
import { fromStoredValue, itemsIn, unwrapStore } from "./stored.js";
import { asksForTeam, speaksForSelf } from "./evidence.js";
import { canonicalKey, subjectsNamedIn, wordsOfKey } from "./subjects.js";
import { contentWords, stem } from "./words.js";

/** Options of {@link recall}. */
export interface RecallOptions {
  /** Only these types; all when omitted. */
  types?: readonly MemoryType[];
  /** Ranks by the store's keyword or semantic score; the documented order fills the rest. */
  query?: string;
  /** At most this many records; 5 by default. */
  limit?: number;
  /** Records below this confidence are left out. */
  minConfidence?: number;
  /** The time at which expiry is judged; now by default. */
  now?: Date;
}

/**
 * Live records fetched per namespace in the first round trip. Every live
 * record is ranked, however many there are (prune caps a namespace at
 * `maxLivePerScopeAndType` per type); larger namespaces are read on in pages.
 */
const PAGE = 1_000;

/**
 * Selects the smallest relevant set of live memories for an identity.
 *
 * Reads only the identity's namespaces (global, org, project, user, user in
 * project); superseded records are never there, and expired or filtered-out
 * ones are excluded by the store query itself. With a query, records of the
 * subjects the question names come first, then those sharing more of its
 * words (on key, text and value), then by the store's score (keyword or
 * semantic search); the rest follow in the documented order: rule,
 * preference, task_state, fact, summary, episode, then higher confidence,
 * then more recently verified.
 */
export async function recall(store: BaseStore, identity: IdentityContext, options: RecallOptions = {}): Promise<MemoryRecord[]> {
  store = unwrapStore(store);
  const who = parseIdentity(identity);
  const limit = options.limit ?? 5;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`recall: limit must be a positive integer, got ${limit}`);
  const filter: Record<string, unknown> = { expiresAtMs: { $gt: (options.now ?? new Date()).getTime() } };
  if (options.types !== undefined) filter.memoryType = { $in: [...options.types] };
  if (options.minConfidence !== undefined) filter.confidence = { $gte: options.minConfidence };
  const query = options.query?.trim() || undefined;

  // Every search in one batch: one transaction on SQLite, one round trip on a server store.
  const searches = readableLevels(who).flatMap((level) => {
    const namespace = namespaceFor(level, who);
    const owners = ownersAt(level, who);
    const plain: SearchOperation = { namespacePrefix: namespace, filter, limit: PAGE };
    const ranked: SearchOperation[] = query === undefined ? [] : [{ namespacePrefix: namespace, filter, query, limit }];
    return [plain, ...ranked].map((operation) => ({ operation, namespace, owners }));
  });
  const results = (await store.batch(searches.map(({ operation }) => operation))) as SearchItem[][];
  for (const [i, { operation }] of searches.entries()) {
    if (operation.query !== undefined || results[i]!.length < PAGE) continue;
    for await (const item of itemsIn(store, operation.namespacePrefix, filter, PAGE)) results[i]!.push(item);
  }
  const scored = new Map<string, { record: MemoryRecord; score: number | undefined }>();
  results.forEach((items, i) => {
    const { namespace, owners, operation } = searches[i]!;
    const scores = operation.query === undefined ? undefined : queryScores(items, results[i - 1]!);
    items.forEach((item, position) => {
      if (!belongsTo(item, namespace, owners)) return;
      const record = fromStoredValue(item.value);
      if (record === undefined) return;
      const score = scores?.(item, position);
      const known = scored.get(record.id);
      if (known === undefined || (score !== undefined && (known.score ?? -Infinity) < score)) {
        scored.set(record.id, { record, score: score ?? known?.score });
      }
    });
  });
  const relevance = query === undefined ? () => 0 : relevanceTo(query);
  return [...scored.values()]
    .map((entry) => ({ ...entry, relevance: relevance(entry.record) }))
    .sort((a, b) => b.relevance - a.relevance || compareRanked(a, b))
    .slice(0, limit)
    .map(({ record }) => record);
}

/**
 * How well a record answers a question, by the tables the extractor uses:
 * a record of a subject the question names ("how should you address me?"
 * names the preferred name) ranks above one that only shares words with it,
 * and shared words count on the key as well as on the text and value.
 */
function relevanceTo(query: string): (record: MemoryRecord) => number {
  const subjects = new Set(subjectsNamedIn(query).map((subject) => subject.key));
  const asked = new Set(contentWords(query).map(sameSense));
  // "How do I like…" asks about the user; "what do we…" about the team: a half point for the matching scope.
  const team = asksForTeam(query);
  const self = !team && speaksForSelf(query);
  return (record) => {
    const words = new Set([...wordsOfKey(record.key).map(stem), ...contentWords(record.text), ...contentWords(JSON.stringify(record.content))].map(sameSense));
    const shared = [...asked].filter((word) => words.has(word)).length;
    const scoped = (self && record.scope === "user") || (team && record.scope !== "user") ? 0.5 : 0;
    return (subjects.has(canonicalKey(record.key)) ? 3 : 0) + shared + scoped;
  };
}

/** Verbs of liking say one thing: "how does my boss like reports?" is answered by "prefers a one-page PDF". */
const LIKING = new Set(["like", "love", "prefer", "enjoy"]);
function sameSense(word: string): string {
  return LIKING.has(word) ? "like" : word;
}

/**
 * How a query search ranks its items. Stores differ: SqliteStore scores every
 * match; the official PostgresStore's `batch` returns only matches, unscored;
 * InMemoryStore without embeddings ignores the query. So: the store's scores
 * when it gives them; otherwise, if the results differ from the unranked
 * search's (same filter, same order), they were selected by the query and
 * keep the store's order; if not, the query was ignored and ranks nothing.
 */
function queryScores(ranked: SearchItem[], unranked: SearchItem[]): ((item: SearchItem, position: number) => number | undefined) | undefined {
  if (ranked.length > 0 && ranked.every((item) => typeof item.score === "number" && Number.isFinite(item.score))) {
    return (item) => item.score as number;
  }
  const ignored = ranked.every((item, i) => unranked[i]?.namespace.join("\u0000") === item.namespace.join("\u0000") && unranked[i]?.key === item.key);
  if (ignored) return undefined;
  // Below any real score's scale, in the store's order.
  return (_, position) => -position - 1;
}

function compareRanked(
  a: { record: MemoryRecord; score: number | undefined },
  b: { record: MemoryRecord; score: number | undefined },
): number {
  if (a.score !== undefined || b.score !== undefined) {
    if (a.score === undefined) return 1;
    if (b.score === undefined) return -1;
    if (a.score !== b.score) return b.score - a.score;
  }
  return compareByImportance(a.record, b.record);
}

/** The documented order without a query: type, then confidence, then most recently verified. */
export function compareByImportance(a: MemoryRecord, b: MemoryRecord): number {
  return (
    MEMORY_TYPES.indexOf(a.memoryType) - MEMORY_TYPES.indexOf(b.memoryType) ||
    b.confidence - a.confidence ||
    b.lastVerifiedAt.localeCompare(a.lastVerifiedAt)
  );
}

/**
 * Renders records compactly for a system prompt, one line each, with the
 * scope named when it is not the user's own.
 */
export function formatMemories(records: readonly MemoryRecord[]): string {
  if (records.length === 0) return "";
  const lines = records.map((record) => `- ${record.text}${record.scope === "user" ? "" : ` (${record.scope})`}`);
  return ["What you remember:", ...lines].join("\n");
}
