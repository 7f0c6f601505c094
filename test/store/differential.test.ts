import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore, type Item, type Operation } from "@langchain/langgraph-checkpoint";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/index.js";
import { seeded } from "../support/random.js";

// A small alphabet, so that keys and namespaces collide often, including across label boundaries.
const NAMESPACES = [["a"], ["a", "b"], ["a", "b", "c"], ["a", "bc"], ["b"], ["u1"], ["u10"], ["u1", "x"]];
const KEYS = ["k1", "k2", "k3"];
const WORDS = ["red", "green", "blue"];
const SEQUENCES = 150;
const OPERATIONS = 30;

const dir = mkdtempSync(join(tmpdir(), "lsm-differential-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Random = ReturnType<typeof seeded>;

/** A value on top-level fields only: what InMemoryStore filters on. `n` is always a number or missing. */
function randomValue(random: Random): Record<string, unknown> {
  const value: Record<string, unknown> = { s: random.pick(WORDS), b: random.next() < 0.5 };
  if (random.next() < 0.8) value.n = random.int(6);
  return value;
}

function randomFilter(random: Random): Record<string, unknown> | undefined {
  switch (random.int(8)) {
    case 0:
      return undefined;
    case 1:
      return { s: random.pick(WORDS) };
    case 2:
      return { n: { [random.pick(["$gt", "$gte", "$lt", "$lte"])]: random.int(6) } };
    case 3:
      return { n: { $ne: random.int(6) } };
    case 4:
      return { s: { $in: [random.pick(WORDS), random.pick(WORDS)] } };
    case 5:
      return { s: { $nin: [random.pick(WORDS)] }, b: random.next() < 0.5 };
    case 6:
      return { n: { $gte: 1, $lte: 4 }, s: { $ne: random.pick(WORDS) } };
    default:
      return { b: { $eq: random.next() < 0.5 } };
  }
}

/** Items compared by what InMemoryStore defines: namespace, key and value (timestamps differ by design). */
const shape = (items: (Item | null)[]) =>
  items.map((item) => (item === null ? null : { namespace: item.namespace, key: item.key, value: item.value }));
const sortedShape = (items: Item[]) =>
  shape(items).sort((a, b) => JSON.stringify([a!.namespace, a!.key]).localeCompare(JSON.stringify([b!.namespace, b!.key])));

// Without the keyword index a query is ignored, as InMemoryStore without embeddings ignores it,
// so those runs search with one; without the filter index filters scan instead of looking up.
const VARIANTS = [
  { name: "with both indexes", options: {}, query: undefined },
  { name: "without the keyword and filter indexes", options: { keywordIndex: false, filterIndex: false }, query: "red" },
] as const;

describe.each(VARIANTS)("SqliteStore $name against InMemoryStore", ({ name, options, query }) => {
  it(`agrees on ${SEQUENCES} random sequences of ${OPERATIONS} operations`, async () => {
    for (let sequence = 0; sequence < SEQUENCES; sequence += 1) {
      const random = seeded(1_000 + sequence);
      const ours = SqliteStore.fromConnString(join(dir, `${name}-${sequence}.db`), options);
      const reference = new InMemoryStore();
      // Keys per namespace, so that no delete empties a namespace: InMemoryStore keeps listing
      // emptied namespaces, a quirk SqliteStore does not copy.
      const present = new Map<string, Set<string>>();
      const keysOf = (namespace: string[]) => present.get(namespace.join("/")) ?? new Set<string>();

      for (let step = 0; step < OPERATIONS; step += 1) {
        const namespace = random.pick(NAMESPACES);
        const key = random.pick(KEYS);
        const where = `seed ${1_000 + sequence}, step ${step}`;
        const kind = random.int(6);
        if (kind <= 1) {
          // A batch of puts, possibly several to one key: the last wins.
          const puts: Operation[] = Array.from({ length: 1 + random.int(3) }, () => ({
            namespace,
            key: random.pick(KEYS),
            value: randomValue(random),
          }));
          await ours.batch(puts);
          await reference.batch(puts);
          for (const put of puts) present.set(namespace.join("/"), keysOf(namespace).add((put as { key: string }).key));
        } else if (kind === 2) {
          const keys = keysOf(namespace);
          if (keys.size > 1 && keys.has(key)) {
            await ours.delete(namespace, key);
            await reference.delete(namespace, key);
            keys.delete(key);
          }
        } else if (kind === 3) {
          expect(shape([await ours.get(namespace, key)]), where).toEqual(shape([await reference.get(namespace, key)]));
        } else if (kind === 4) {
          const filter = randomFilter(random);
          const prefix = namespace.slice(0, 1 + random.int(namespace.length));
          // Across namespaces the stores order differently (documented): compare as sets.
          expect(sortedShape(await ours.search(prefix, { filter, limit: 100, query })), where).toEqual(
            sortedShape(await reference.search(prefix, { filter, limit: 100, query })),
          );
          // Within one namespace with no children, both return items in creation order, so pages agree.
          if (!NAMESPACES.some((other) => other.length > namespace.length && other.join("/").startsWith(namespace.join("/") + "/"))) {
            const page = { filter, limit: 1 + random.int(3), offset: random.int(3), query };
            expect(shape(await ours.search(namespace, page)), where).toEqual(shape(await reference.search(namespace, page)));
          }
        } else {
          const options = {
            prefix: random.next() < 0.5 ? [random.pick(["a", "u1", "*"])] : undefined,
            suffix: random.next() < 0.3 ? [random.pick(["b", "c", "x", "*"])] : undefined,
            maxDepth: random.next() < 0.3 ? 1 + random.int(2) : undefined,
            limit: 1 + random.int(10),
            offset: random.int(3),
          };
          expect(await ours.listNamespaces(options), where).toEqual(await reference.listNamespaces(options));
        }
      }
      ours.stop();
    }
  }, 120_000);
});
