import { InvalidNamespaceError } from "@langchain/langgraph-checkpoint";
import { InvalidFilterError } from "./errors.js";
import { checkNamespace, encodeNamespace } from "./namespace.js";

/**
 * A precondition of `SqliteStore.conditionalBatch`: the item at
 * (`namespace`, `key`) must currently have `value[field] === equals`;
 * `equals: null` means "no item" (a TTL-expired item counts as absent).
 */
export interface StoreCondition {
  namespace: string[];
  key: string;
  /** A top-level key of the stored JSON value: letters, digits and `_` only. */
  field: string;
  equals: string | number | boolean | null;
}

/** A condition checked and ready to bind: the stored namespace and the JSON path of its field. */
export interface CheckedCondition {
  namespace: string;
  key: string;
  jsonPath: string;
  equals: string | number | boolean | null;
}

const FIELD = /^[A-Za-z0-9_]+$/;

/**
 * Validates a condition before any of it gets near SQL.
 *
 * @throws InvalidFilterError for a field that is not letters, digits and `_`,
 *   or an `equals` that is not a string, a finite number, a boolean or null.
 * @throws InvalidNamespaceError for a malformed namespace or key.
 */
export function checkCondition(condition: StoreCondition): CheckedCondition {
  const { namespace, key, field, equals } = condition;
  checkNamespace(namespace);
  if (typeof key !== "string" || key.includes("\u0000")) {
    throw new InvalidNamespaceError(`A condition's key must be a string without NUL characters, got ${JSON.stringify(key)}.`);
  }
  if (typeof field !== "string" || !FIELD.test(field)) {
    throw new InvalidFilterError(
      `A condition's field must be a top-level key of letters, digits and "_", got ${JSON.stringify(field)}.`,
    );
  }
  const valid =
    equals === null || typeof equals === "string" || typeof equals === "boolean" || (typeof equals === "number" && Number.isFinite(equals));
  if (!valid) {
    throw new InvalidFilterError(
      `A condition on "${field}" must compare with a string, a finite number, a boolean or null, got ${String(equals)}.`,
    );
  }
  return { namespace: encodeNamespace(namespace), key, jsonPath: `$."${field}"`, equals };
}

/**
 * Whether a condition holds, given the JSON text of the field in the live
 * item (`null`: the item has no such field) or `undefined` when there is no
 * live item.
 */
export function conditionHolds(condition: CheckedCondition, fieldJson: string | null | undefined): boolean {
  if (condition.equals === null) return fieldJson === undefined;
  return fieldJson !== undefined && fieldJson !== null && JSON.parse(fieldJson) === condition.equals;
}
