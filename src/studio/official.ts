import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BaseCheckpointSaver, BaseStore } from "@langchain/langgraph-checkpoint";

/**
 * The parts of the official LangGraph API server (`@langchain/langgraph-api`,
 * pinned to `~1.5.1`) that `langgraph-memory studio` runs: its `startServer`
 * (every route, CORS, custom auth, schemas) plus the four internal modules it
 * keeps its state in. The server gives every graph one module-level
 * checkpointer and store and keeps assistants, threads and runs in a JSON file;
 * reaching those modules is what lets the same server run over the user's
 * SQLite file. They are not in the package's exports map, so they are loaded by
 * address next to `./server`; the `~1.5.1` pin is what keeps them there.
 */
export interface OfficialServer {
  startServer(
    options: Record<string, unknown>,
    storage: { ops: OfficialOps },
  ): Promise<{ host: string; cleanup: () => Promise<void> }>;
  /** The checkpointer every graph run by the server is given. */
  checkpointer: BaseCheckpointSaver & Record<string, unknown>;
  /** The store every graph run, and every `/store` route, is given. */
  store: BaseStore & Record<string, unknown>;
  /** The server's bookkeeping of assistants, threads and runs over a persistence. */
  FileSystemOps: new (conn: OfficialPersistence) => OfficialOps;
  /** The JSON-file persistence of that bookkeeping, whose writing we replace. */
  FileSystemPersistence: new (name: string, defaultSchema: () => unknown) => OfficialPersistence;
  serialize(data: unknown): string;
  deserialize(text: string): Promise<unknown>;
  /** The source file and export of each registered graph, which the schema parser reads. */
  graphSpecs: Record<string, { sourceFile: string; exportSymbol: string }>;
  getGraph(graphId: string, config: unknown, options: { checkpointer: BaseCheckpointSaver }): Promise<GraphLike>;
  getAssistantId(graphId: string): string;
}

/** What the server's persistence exposes: its data, reached through `with`. */
export interface OfficialPersistence {
  with<T>(fn: (data: OpsData) => T | Promise<T>): Promise<T>;
  flush(): Promise<void>;
}

/** The official thread record (`Thread` in `@langchain/langgraph-api/storage`). */
export interface OpsThread {
  thread_id: string;
  created_at: Date;
  updated_at: Date;
  metadata?: Record<string, unknown>;
  config?: Record<string, unknown>;
  status: "idle" | "busy" | "interrupted" | "error";
  values?: Record<string, unknown>;
  interrupts?: Record<string, unknown>;
}

/** The persisted bookkeeping: the official `Store` record. */
export interface OpsData {
  threads: Record<string, OpsThread>;
  [table: string]: unknown;
}

/** The subset of the official `Ops` that the Studio server wraps. */
export interface OfficialOps {
  conn: OfficialPersistence;
  threads: {
    search(options: unknown, auth: unknown): AsyncGenerator<unknown>;
    get(threadId: string, auth: unknown): Promise<OpsThread>;
    count(options: unknown, auth: unknown): Promise<number>;
    setStatus(threadId: string, options: { checkpoint?: unknown; exception?: unknown }): Promise<void>;
  };
}

/** A compiled graph, as far as deriving a thread's state needs it. */
export interface GraphLike {
  nodes: Record<string, unknown>;
  getState(config: { configurable: { thread_id: string } }): Promise<{
    values: Record<string, unknown>;
    next: string[];
    tasks: { id: string; name: string; interrupts?: unknown[] }[];
  }>;
}

/**
 * Loads the official server and registers `tsx` (a dependency of the API
 * package, as the official CLI uses it) so that TypeScript graph files named
 * by `langgraph.json` can be imported.
 *
 * @throws Error naming the packages to install when the API package is missing.
 */
export async function loadOfficialServer(): Promise<OfficialServer> {
  let server: string;
  try {
    server = import.meta.resolve("@langchain/langgraph-api/server");
  } catch (error) {
    throw new Error(`The studio command needs @langchain/langgraph-api@~1.5.1: npm install it (${(error as Error).message})`);
  }
  const internal = (path: string) => import(new URL(path, server).href);
  // As the tsx CLI the official dev server runs under: TypeScript loaded as ES modules and as CommonJS
  // (a project without "type": "module"). The ESM entry of "tsx/esm/api" is imported by path, since
  // its CommonJS twin cannot register the hooks from an ES module.
  const requireFromApi = createRequire(fileURLToPath(server));
  (requireFromApi("tsx/cjs/api") as { register: () => unknown }).register();
  const tsx = requireFromApi.resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs");
  const { register } = (await import(pathToFileURL(tsx).href)) as { register: () => unknown };
  register();
  const [{ startServer }, checkpoint, storeModule, ops, persist, graph, load] = await Promise.all([
    internal("./server.mjs"),
    internal("./storage/checkpoint.mjs"),
    internal("./storage/store.mjs"),
    internal("./storage/ops.mjs"),
    internal("./storage/persist.mjs"),
    internal("./graph/api.mjs"),
    internal("./graph/load.mjs"),
  ]);
  return {
    startServer,
    checkpointer: checkpoint.checkpointer,
    store: storeModule.store,
    FileSystemOps: ops.FileSystemOps,
    FileSystemPersistence: persist.FileSystemPersistence,
    serialize: persist.serialize,
    deserialize: persist.deserialize,
    graphSpecs: load.GRAPH_SPEC,
    getGraph: graph.getGraph,
    getAssistantId: graph.getAssistantId,
  };
}
