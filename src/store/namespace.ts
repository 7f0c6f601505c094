import { InvalidNamespaceError, validateNamespace } from "@langchain/langgraph-checkpoint";

/** Separates labels in a stored namespace; refused inside labels. */
const SEPARATOR = "\u001f";
/** The character after SEPARATOR: the exclusive upper bound of a prefix range. */
const AFTER_SEPARATOR = "\u0020";

/**
 * Validates a namespace as the official stores do (`allowReservedRoot:
 * false` refuses the root label "langgraph", as `BaseStore.put` does), and
 * refuses labels that contain this store's separator.
 */
export function checkNamespace(namespace: string[], options: { allowEmpty?: boolean; allowReservedRoot?: boolean } = {}): void {
  validateNamespace(namespace, { allowEmpty: options.allowEmpty ?? false, allowReservedRoot: options.allowReservedRoot ?? true });
  for (const label of namespace) {
    if (label.includes(SEPARATOR)) {
      throw new InvalidNamespaceError(`Namespace label ${JSON.stringify(label)} contains U+001F, which SqliteStore reserves.`);
    }
  }
}

/** The stored form of a namespace. */
export function encodeNamespace(namespace: readonly string[]): string {
  return namespace.map((label) => label + SEPARATOR).join("");
}

/** The namespace a stored form stands for. */
export function decodeNamespace(encoded: string): string[] {
  return encoded.slice(0, -1).split(SEPARATOR);
}

/**
 * The half-open range of stored namespaces under `prefix`: every label of
 * the prefix matched whole, so `["users", "u1"]` never reaches `u10`.
 */
export function prefixRange(prefix: readonly string[]): { from: string; to: string } | undefined {
  if (prefix.length === 0) return undefined;
  const from = encodeNamespace(prefix);
  return { from, to: from.slice(0, -1) + AFTER_SEPARATOR };
}
