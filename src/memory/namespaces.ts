import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { parseIdentity, type IdentityContext } from "./identity.js";
import type { MemoryRecord, MemoryScope, MemoryType } from "./record.js";

/** The first label of every memory namespace. */
export const MEMORY_ROOT = "memory";
/** The last label of a namespace holding live records. */
const LIVE = "records";
/** The last label of a namespace holding superseded records. */
const HISTORY = "history";
/** Stands for "no organisation": an encoded id is never a lone "-". */
const NO_ORG = "-";

/**
 * Where a memory lives. `user` memories of the kinds that belong to a piece
 * of work (task state, episodes, summaries) live under the user within the
 * current project; preferences, rules and facts about a user follow them
 * across projects.
 */
export type ScopeLevel = "global" | "org" | "project" | "user" | "user_in_project";

/**
 * An id as a namespace label, reversibly: letters and digits stay, every
 * other UTF-8 byte becomes `-XX` (hex). Labels are then never empty and
 * contain no `.`, `:`, `*`, nor the `%`, `_` and `\` that the official
 * PostgresStore refuses as LIKE wildcards.
 */
export function encodeId(id: string): string {
  return Array.from(new TextEncoder().encode(id), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9]/.test(char) ? char : `-${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
}

/** The id an {@link encodeId} label stands for. */
export function decodeId(label: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < label.length; i += 1) {
    if (label[i] === "-") {
      bytes.push(Number.parseInt(label.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(label.charCodeAt(i));
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

/** The level a memory of `scope` and `memoryType` is written to for `identity`, or undefined if it may not be. */
export function levelFor(scope: MemoryScope, memoryType: MemoryType, identity: IdentityContext): ScopeLevel | undefined {
  switch (scope) {
    case "global":
      return "global";
    case "org":
      return identity.orgId === undefined ? undefined : "org";
    case "project":
      return identity.projectId === undefined ? undefined : "project";
    case "user":
      return identity.projectId !== undefined && WORK_TYPES.has(memoryType) ? "user_in_project" : "user";
  }
}

const WORK_TYPES = new Set<MemoryType>(["task_state", "episode", "summary"]);

/** The owning ids a record at `level` carries for `identity`. */
export function ownersAt(level: ScopeLevel, identity: IdentityContext): Pick<MemoryRecord, "orgId" | "projectId" | "userId"> {
  const { orgId, projectId, userId } = identity;
  switch (level) {
    case "global":
      return {};
    case "org":
      return { orgId };
    case "project":
      return { orgId, projectId };
    case "user":
      return { orgId, userId };
    case "user_in_project":
      return { orgId, projectId, userId };
  }
}

/** The one function that maps a level and an identity to the namespace of its live records. */
export function namespaceFor(level: ScopeLevel, identity: IdentityContext): string[] {
  return [...ownerPath(level, identity), LIVE];
}

/** The namespace of the superseded records beside {@link namespaceFor}'s. */
export function historyNamespaceFor(level: ScopeLevel, identity: IdentityContext): string[] {
  return [...ownerPath(level, identity), HISTORY];
}

/** The live namespace beside a history namespace. */
export function liveNamespaceBeside(historyNamespace: readonly string[]): string[] {
  return [...historyNamespace.slice(0, -1), LIVE];
}

/** Every level an identity may read, broadest first. Nothing outside these namespaces is read or written. */
export function readableLevels(identity: IdentityContext): ScopeLevel[] {
  return [
    "global",
    ...(identity.orgId !== undefined ? (["org"] as const) : []),
    ...(identity.projectId !== undefined ? (["project"] as const) : []),
    "user",
    ...(identity.projectId !== undefined ? (["user_in_project"] as const) : []),
  ];
}

/** The namespaces of live records an identity may read. */
export function readableNamespaces(identity: IdentityContext): string[][] {
  return readableLevels(identity).map((level) => namespaceFor(level, identity));
}

/**
 * Whether a record read from a store really belongs where it was read: the
 * same namespace, label for label, and the owning ids the level requires.
 * Guards against stores whose prefix search leaks across label boundaries.
 */
export function belongsTo(
  item: { namespace: string[]; value: Partial<MemoryRecord> },
  namespace: readonly string[],
  owners: Pick<MemoryRecord, "orgId" | "projectId" | "userId">,
): boolean {
  return (
    item.namespace.length === namespace.length &&
    item.namespace.every((label, i) => label === namespace[i]) &&
    item.value.orgId === owners.orgId &&
    item.value.projectId === owners.projectId &&
    item.value.userId === owners.userId
  );
}

function ownerPath(level: ScopeLevel, { orgId, projectId, userId }: IdentityContext): string[] {
  if (level === "global") return [MEMORY_ROOT, "global"];
  const org = [MEMORY_ROOT, "org", orgId === undefined ? NO_ORG : encodeId(orgId)];
  switch (level) {
    case "org":
      return org;
    case "project":
      return [...org, "project", encodeId(projectId!)];
    case "user":
      return [...org, "user", encodeId(userId)];
    case "user_in_project":
      return [...org, "project", encodeId(projectId!), "user", encodeId(userId)];
  }
}

/** The parts of a memory namespace, as {@link namespaceFor} builds them. */
export interface ParsedNamespace {
  level: ScopeLevel;
  kind: "records" | "history";
  orgLabel?: string;
  projectLabel?: string;
  userLabel?: string;
}

/** Reads a namespace built by this module; anything else gives undefined. */
export function parseNamespace(namespace: readonly string[]): ParsedNamespace | undefined {
  const kind = namespace.at(-1);
  if (namespace[0] !== MEMORY_ROOT || (kind !== LIVE && kind !== HISTORY)) return undefined;
  const path = namespace.slice(1, -1);
  if (path.length === 1 && path[0] === "global") return { level: "global", kind };
  if (path[0] !== "org" || path[1] === undefined) return undefined;
  const orgLabel = path[1] === NO_ORG ? undefined : path[1];
  const [, , first, firstId, second, secondId, ...rest] = path;
  if (rest.length > 0) return undefined;
  if (first === undefined) return { level: "org", kind, orgLabel };
  if (first === "user" && firstId !== undefined && second === undefined) return { level: "user", kind, orgLabel, userLabel: firstId };
  if (first !== "project" || firstId === undefined) return undefined;
  if (second === undefined) return { level: "project", kind, orgLabel, projectLabel: firstId };
  if (second === "user" && secondId !== undefined) {
    return { level: "user_in_project", kind, orgLabel, projectLabel: firstId, userLabel: secondId };
  }
  return undefined;
}

/** Whose memories a namespace holds, for filters such as forget's: one user, project or org id. */
export type OwnerFilter = { userId?: string; projectId?: string; orgId?: string };

/** Whether a parsed namespace belongs to every owner id given. */
export function ownedBy(parts: ParsedNamespace, owner: OwnerFilter): boolean {
  return (
    (owner.userId === undefined || parts.userLabel === encodeId(owner.userId)) &&
    (owner.projectId === undefined || parts.projectLabel === encodeId(owner.projectId)) &&
    (owner.orgId === undefined || parts.orgLabel === encodeId(owner.orgId))
  );
}

/**
 * An owner by its full path: a user or a project within one organisation
 * (no `orgId`: the one outside every organisation), or a whole organisation.
 */
export type OwnerPath = { userId: string; orgId?: string } | { projectId: string; orgId?: string } | { orgId: string };

/**
 * Whether a parsed namespace holds memories of exactly this owner. Unlike
 * {@link ownedBy}, an absent `orgId` means "no organisation", never "any":
 * deleting `kim` in one organisation never touches a `kim` in another.
 */
export function ownedByPath(parts: ParsedNamespace, owner: OwnerPath): boolean {
  if (parts.level === "global") return false;
  const orgLabel = owner.orgId === undefined ? undefined : encodeId(owner.orgId);
  if (parts.orgLabel !== orgLabel) return false;
  if ("userId" in owner) return parts.userLabel === encodeId(owner.userId);
  if ("projectId" in owner) return parts.projectLabel === encodeId(owner.projectId);
  return true;
}

/**
 * Every memory namespace in a store, listed completely before the first is
 * returned: callers delete while they iterate, and paging `listNamespaces`
 * by offset over a shrinking list would skip namespaces.
 */
export async function memoryNamespaces(store: BaseStore): Promise<string[][]> {
  const page = 1_000;
  const all: string[][] = [];
  for (let offset = 0; ; offset += page) {
    const namespaces = await store.listNamespaces({ prefix: [MEMORY_ROOT], limit: page, offset });
    all.push(...namespaces);
    if (namespaces.length < page) return all;
  }
}

/**
 * Which memory namespaces to visit: those an identity can read, those of the
 * owner ids an {@link OwnerFilter} names (`{ owner: { orgId: "acme" } }`: every
 * namespace under that org), or every memory namespace (`"all"`).
 */
export type NamespaceTarget = IdentityContext | { owner: OwnerFilter } | "all";

/** The live and history namespaces of a {@link NamespaceTarget}. */
export async function* namespacesOf(store: BaseStore, target: NamespaceTarget): AsyncGenerator<string[]> {
  if (target === "all" || "owner" in target) {
    const owner = target === "all" ? {} : target.owner;
    for (const namespace of await memoryNamespaces(store)) {
      const parts = parseNamespace(namespace);
      if (parts !== undefined && ownedBy(parts, owner)) yield namespace;
    }
    return;
  }
  const identity = parseIdentity(target);
  for (const level of readableLevels(identity)) {
    yield namespaceFor(level, identity);
    yield historyNamespaceFor(level, identity);
  }
}
