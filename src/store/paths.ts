/**
 * The texts at a JSON path of a value, with the path syntax of LangGraph's
 * index config: `$` (the whole value), dotted keys (`meta.summary`), array
 * positions (`items[0]`, `items[-1]`), every element (`items[*].text`) and
 * every member (`meta.*`). Strings, numbers and booleans give their text;
 * objects and arrays their JSON.
 *
 * (The `getTextAtPath` exported by `@langchain/langgraph-checkpoint` 1.2
 * only follows `[*]` into arrays of strings, unlike the one its
 * InMemoryStore uses internally.)
 */
export function textsAtPath(value: unknown, path: string): string[] {
  if (path === "$") return [JSON.stringify(value)];
  const steps = tokenize(path);
  let current: unknown[] = [value];
  for (const step of steps) current = current.flatMap((node) => follow(node, step));
  return current.flatMap(asText);
}

function tokenize(path: string): string[] {
  return path
    .replace(/^\$\.?/, "")
    .split(/\.|(?=\[)/)
    .filter((step) => step.length > 0);
}

function follow(node: unknown, step: string): unknown[] {
  if (node === null || typeof node !== "object") return [];
  if (step === "*" || step === "[*]") return Object.values(node);
  const index = /^\[(-?\d+)\]$/.exec(step);
  if (index !== null) {
    if (!Array.isArray(node)) return [];
    const position = Number(index[1]);
    const item = node[position < 0 ? node.length + position : position];
    return item === undefined ? [] : [item];
  }
  return Object.hasOwn(node, step) ? [(node as Record<string, unknown>)[step]] : [];
}

function asText(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (typeof node === "number" || typeof node === "boolean") return [String(node)];
  if (node === null || node === undefined) return [];
  return [JSON.stringify(node)];
}
