import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { z } from "zod/v4";
import { OwnerIdSchema, parseIdentity, parseOwnerIds, type IdentityContext } from "./identity.js";
import {
  belongsTo,
  decodeId,
  historyNamespaceFor,
  memoryNamespaces,
  namespaceFor,
  ownedByPath,
  ownersAt,
  parseNamespace,
  readableLevels,
  type ScopeLevel,
} from "./namespaces.js";
import type { MemoryCandidate } from "./candidate.js";
import { speaksForTeam } from "./evidence.js";
import type { PromotionEntry } from "./promote.js";
import { exactItems, remove } from "./prune.js";
import type { MemoryRecord, MemoryScope } from "./record.js";
import { fromStoredValue, itemsIn, unwrapStore } from "./stored.js";
import { canonicalKey, wordsOfKey } from "./subjects.js";
import { WEEKDAYS, contentWords, isHeadOf } from "./words.js";

/**
 * Whose memories {@link forget} deletes, named by the full owner path: a user
 * (within `orgId`, or outside every organisation when it is absent), a
 * project (likewise), or a whole organisation.
 */
export const ForgetTargetSchema = z.union([
  z.object({ userId: OwnerIdSchema, orgId: OwnerIdSchema.optional() }).strict(),
  z.object({ projectId: OwnerIdSchema, orgId: OwnerIdSchema.optional() }).strict(),
  z.object({ orgId: OwnerIdSchema }).strict(),
]);
export type ForgetTarget = z.infer<typeof ForgetTargetSchema>;

/**
 * The delete-my-data request: deletes every memory, live and superseded, of
 * one owner, in every scope and namespace that holds them, and reports how
 * many records went. A user is deleted with the memories they hold within
 * projects; a project with its users' memories within it; an organisation
 * with everything under it. The same ids under another organisation are
 * never touched.
 *
 * @throws InvalidIdentityError when the target is not one of the three shapes.
 */
export async function forget(store: BaseStore, target: ForgetTarget): Promise<{ deleted: number; namespaces: number }> {
  store = unwrapStore(store);
  const owner = parseOwnerIds(ForgetTargetSchema, { ...target }, "forget target (pass { userId, orgId? }, { projectId, orgId? } or { orgId })");
  const targets = (await memoryNamespaces(store)).filter((namespace) => {
    const parts = parseNamespace(namespace);
    return parts !== undefined && ownedByPath(parts, owner);
  });
  // A live record also has a version entry in history: count records, not store items.
  const records = new Set<string>();
  for (const namespace of targets) {
    const items = await exactItems(store, namespace);
    for (const item of items) records.add(String(item.value.id));
    await remove(store, items);
  }
  return { deleted: records.size, namespaces: targets.length };
}

/**
 * The organisations under which a user or project id holds memories (`null`:
 * outside every organisation), so that a caller naming only the id can be
 * asked which one it means.
 */
export async function orgsHolding(store: BaseStore, owner: { userId: string } | { projectId: string }): Promise<Array<string | null>> {
  store = unwrapStore(store);
  const orgs = new Set<string | null>();
  for (const namespace of await memoryNamespaces(store)) {
    const parts = parseNamespace(namespace);
    if (parts === undefined || parts.level === "global") continue;
    const org = parts.orgLabel === undefined ? null : decodeId(parts.orgLabel);
    if (ownedByPath(parts, { ...owner, ...(org === null ? {} : { orgId: org }) })) orgs.add(org);
  }
  return [...orgs];
}

/** Options of {@link forgetMemory}. */
export interface ForgetMemoryOptions {
  /**
   * The scope to forget the key in. By default only the identity's own
   * memories (user scope, within the project too) are forgotten: a user's
   * request never deletes what their team remembers unless it says so.
   */
  scope?: Exclude<MemoryScope, "global">;
}

/**
 * Forgets one memory: the live record of `subjectKey` (its subject's stable key) and every version of it in
 * history, for exactly this identity, so neither recall nor history returns
 * it again. Returns the ids of the records deleted.
 */
export async function forgetMemory(
  store: BaseStore,
  identity: IdentityContext,
  subjectKey: string,
  options: ForgetMemoryOptions = {},
): Promise<{ deleted: string[] }> {
  store = unwrapStore(store);
  const key = canonicalKey(subjectKey);
  const who = parseIdentity(identity);
  const levels = readableLevels(who).filter((level) => LEVELS_OF[options.scope ?? "user"].includes(level));
  const deleted = new Set<string>();
  for (const level of levels) {
    const owners = ownersAt(level, who);
    const live = namespaceFor(level, who);
    const past = historyNamespaceFor(level, who);
    const items = [];
    const current = await store.get(live, key);
    if (current !== null && belongsTo(current, live, owners)) items.push(current);
    for await (const item of itemsIn(store, past, { key })) if (belongsTo(item, past, owners) && item.value.key === key) items.push(item);
    for (const item of items) deleted.add(String(item.value.id));
    await remove(store, items);
  }
  return { deleted: [...deleted] };
}

const LEVELS_OF: Record<Exclude<MemoryScope, "global">, readonly ScopeLevel[]> = {
  user: ["user", "user_in_project"],
  project: ["project"],
  org: ["org"],
};

/**
 * A forget request made in conversation ("forget what I told you about my
 * allergies"): deletes, for exactly this identity, every live memory of the
 * candidate's subject, matched by stable key or, for a subject without one,
 * by the words of its key and text, with every version in history. It
 * reaches the user's own scopes; a request in a team's words ("forget our
 * deploy target") reaches the shared ones too, and so does one that matches
 * nothing of the user's own ("forget the Lyric entirely": a tour leg the
 * project's memory holds).
 */
export async function forgetMatching(store: BaseStore, identity: IdentityContext, candidate: MemoryCandidate): Promise<PromotionEntry> {
  const who = parseIdentity(identity);
  const wanted = topicWords(candidate.key, candidate.text);
  const keys = new Map<string, Exclude<MemoryScope, "global">>();
  const search = async (scopes: readonly Exclude<MemoryScope, "global">[]) => {
    for (const scope of scopes) {
      for (const level of readableLevels(who).filter((level) => LEVELS_OF[scope].includes(level))) {
        const namespace = namespaceFor(level, who);
        for (const item of await exactItems(store, namespace)) {
          const record = belongsTo(item, namespace, ownersAt(level, who)) ? fromStoredValue(item.value) : undefined;
          if (record !== undefined && (canonicalKey(record.key) === candidate.key || sharesTopic(wanted, record))) keys.set(record.key, scope);
        }
      }
    }
  };
  // The user's own memories first; a team's only when the request speaks for the team, or when the user's hold
  // nothing of the topic ("forget the Lyric entirely, that leg of the tour got cancelled").
  await search(speaksForTeam(candidate.evidence ?? candidate.text) ? ["user", "project", "org"] : ["user"]);
  if (keys.size === 0) await search(["project", "org"]);
  const deleted: string[] = [];
  for (const [key, scope] of keys) deleted.push(...(await forgetMemory(store, who, key, { scope })).deleted);
  if (deleted.length === 0) return { outcome: "discarded", key: candidate.key, reason: "asked to forget, but nothing remembered matches" };
  return { outcome: "forgotten", key: candidate.key, reason: `forgot ${[...keys.keys()].join(", ")} and every version`, deletedIds: deleted };
}

/** Words that only say "forget" or "about", never what. */
const NOT_A_TOPIC = new Set(["forget", "forgot", "delete", "remove", "erase", "scratch", "drop", "thing", "things", "stuff", "what", "told", "about", "memory", "memories", "topic", "that", "said", "file", "record", "info", "detail", "anymore", "wipe", "keep", "want", "know", "rather", "mind", "never", "please"]);

function topicWords(key: string, text: string): Set<string> {
  return new Set(contentWords(`${wordsOfKey(key).join(" ")} ${text}`).filter((word) => !NOT_A_TOPIC.has(word)));
}

/**
 * Topic words that name a kind of value rather than a word of it: "my gym
 * times" are the "6am" of a note. `alone`: whether the kind is specific
 * enough to name a memory by itself ("forget my address"); a time or a day is
 * in too many memories to.
 */
const KINDS: readonly { name: RegExp; value: RegExp; alone: boolean }[] = [
  { name: /^(?:time|hour|schedul|timetabl)/, value: new RegExp(String.raw`\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b${WEEKDAYS}s?\b`, "i"), alone: false },
  { name: /^address/, value: /\b\d+[a-z]?\s+(?:[A-Za-z]+\s+){1,3}(?:street|st|road|rd|avenue|ave|crescent|cres|lane|ln|drive|dr|close|way|place|pl|court|ct|terrace|boulevard|blvd|square|sq)\b/i, alone: true },
  { name: /^(?:phone|mobil|cell)/, value: /\+?\d[\d ()-]{7,}\d/, alone: true },
  { name: /^e-?mail/, value: /[^\s@]+@[^\s@]+\.[a-z]{2,}/i, alone: true },
  { name: /^weight$/, value: /\b\d+(?:\.\d+)?\s?(?:kg|kgs|kilos?|lbs?|pounds|stone|st)\b/i, alone: true },
  { name: /^(?:school|college|universit|uni$)/, value: /\b(?:school|academy|college|university|sixth form|year \d{1,2}|grade \d{1,2})\b/i, alone: true },
  // "forget what I said about my medication": a drug taken ("on sertraline"), or a dose.
  { name: /^(?:medic|meds$|drug|pill|prescri|tablet)/, value: /\b(?:on|taking|takes?)\s+[a-z]{4,}(?:ine|ol|am|pam|pril|sartan|statin|mab|cillin|mycin|azole|xetine|pine|done|ide|one)\b|\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg)\b/i, alone: true },
];

/**
 * Whether a record is about the topic: a topic word names its key
 * ("address" and `user.home_address`), or at least half of the topic's words
 * (and one at least) are in its key or text. Words match on their first six
 * letters ("pregnancy" and "pregnant"). Weaker matches, as the head of a
 * compound ("gym" and "puregym") or as the kind of a value the record holds
 * ("times" and "6am", "address" and "14 Banksia Crescent"), count only beside
 * another match, or alone for a specific kind ("forget my address"): "son"
 * is the end of "Alison", and every note with a time is not a "meeting time".
 */
function sharesTopic(wanted: Set<string>, record: MemoryRecord): boolean {
  if (wanted.size === 0) return false;
  const root = (word: string) => word.slice(0, 6);
  const keyWords = new Set(wordsOfKey(record.key).map(root));
  if ([...wanted].some((word) => word.length >= 4 && keyWords.has(root(word)))) return true;
  const said = [...contentWords(record.text), ...contentWords(JSON.stringify(record.content))];
  const words = new Set([...keyWords, ...said.map(root)]);
  const kinds = (word: string) => KINDS.filter((kind) => kind.name.test(word) && kind.value.test(record.text));
  let strong = 0;
  let weak = 0;
  let specific = false;
  for (const word of wanted) {
    if (words.has(root(word))) {
      strong += 1;
      continue;
    }
    const held = kinds(word);
    if (said.some((whole) => isHeadOf(word, whole)) || held.length > 0) {
      weak += 1;
      specific ||= held.some((kind) => kind.alone);
    }
  }
  const enough = strong + weak >= Math.max(1, Math.ceil(wanted.size / 2));
  return enough && (strong > 0 || weak >= 2 || specific);
}
