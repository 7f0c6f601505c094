// Support for the vendored LangGraph.js checkpointer suites in test/upstream/checkpoint-*.test.ts:
// the checkpointer factory they run against, and the few upstream test helpers that the published
// packages do not export (copied from langchain-ai/langgraphjs at the commit named below).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BaseTracer, type Run } from "@langchain/core/tracers/base";
import { InMemoryCache, MemorySaver, type CacheFullKey } from "@langchain/langgraph-checkpoint";
import { SqliteSaver } from "../../src/index.js";

/** The langchain-ai/langgraphjs commit the checkpoint-*.test.ts files were vendored from. */
export const UPSTREAM_COMMIT = "f8bdf16d4fe23a79e945ea5dc6f86bbf09abb77d";

const opened: SqliteSaver[] = [];
let dir: string | undefined;

/**
 * A fresh SqliteSaver on its own file on disk: what upstream's suites get in place of MemorySaver.
 * `UPSTREAM_CHECKPOINTER=memory` runs them on MemorySaver instead, to tell a deviation of ours from
 * a difference between the vendored tests and the published packages.
 */
export function createCheckpointer(): SqliteSaver {
  if (process.env.UPSTREAM_CHECKPOINTER === "memory") return new MemorySaver() as unknown as SqliteSaver;
  dir ??= mkdtempSync(join(tmpdir(), "lsm-upstream-"));
  const saver = SqliteSaver.fromConnString(join(dir, `saver-${opened.length}.db`));
  opened.push(saver);
  return saver;
}

/** Closes every saver {@link createCheckpointer} opened and deletes their files. */
export function destroyCheckpointers(): void {
  for (const saver of opened.splice(0)) saver.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}

/** `gatherIterator` of libs/langgraph-core/src/utils.ts (not exported by @langchain/langgraph). */
export async function gatherIterator<T>(
  i: AsyncIterable<T> | Promise<AsyncIterable<T>> | Iterable<T> | Promise<Iterable<T>>,
): Promise<Array<T>> {
  const out: T[] = [];
  for await (const item of await i) out.push(item);
  return out;
}

/** `PREVIOUS` of libs/langgraph-core/src/constants.ts (not exported by @langchain/langgraph). */
export const PREVIOUS = "__previous__";

/** `SlowInMemoryCache` of libs/langgraph-core/src/tests/utils.ts. */
export class SlowInMemoryCache extends InMemoryCache {
  override async get(keys: CacheFullKey[]) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return super.get(keys);
  }

  override async set(pairs: { key: CacheFullKey; value: unknown; ttl?: number }[]) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    return super.set(pairs);
  }
}

/** `FakeTracer` of libs/langgraph-core/src/tests/utils.ts. */
export class FakeTracer extends BaseTracer {
  runs: Run[] = [];

  name = "fake_tracer";

  protected async persistRun(run: Run): Promise<void> {
    this.runs.push(run);
  }
}

/** Constants of libs/langgraph-core/src/constants.ts that @langchain/langgraph does not export. */
export const PULL = "__pregel_pull";
export const PUSH = "__pregel_push";
export const TAG_NOSTREAM = "langsmith:nostream";

/** `PASSTHROUGH` of libs/langgraph-core/src/pregel/write.ts; the library recognises it by its registered symbol. */
export const PASSTHROUGH = { [Symbol.for("LG_PASSTHROUGH")]: true };
