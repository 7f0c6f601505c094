import { SqliteSaver } from "../checkpoint/index.js";
import { openDatabase } from "../sqlite/database.js";
import { SqliteStore } from "../store/index.js";
import { bindBackends } from "./backends.js";
import { loadOfficialServer } from "./official.js";
import { openSqlitePersistence } from "./persistence.js";
import { resolveProject } from "./project.js";
import { parseSchemasFromDeclarations } from "./schemas.js";
import { deriveThreadsFromCheckpoints } from "./threads.js";

/** Options of {@link startStudioServer}. */
export interface StudioServerOptions {
  /** The SQLite file whose checkpoints and memories are served. */
  path: string;
  port: number;
  /** Loopback by default: the server reads and writes every tenant's memory in the file. */
  host?: string;
  /** A `langgraph.json`; default: the one in `cwd`, else the template graphs. */
  config?: string;
  cwd?: string;
}

/** A running Studio server over one database file. */
export interface StudioServer {
  url: string;
  /** The LangGraph Studio address that opens this server. */
  studioUrl: string;
  /** Where the graphs came from (a `langgraph.json`, or the template). */
  source: string;
  graphs: string[];
  close(): Promise<void>;
}

/**
 * Runs the official LangGraph API server (`@langchain/langgraph-api` ~1.5.1,
 * the server of `langgraph-cli dev`) on the user's graphs over the user's own
 * SQLite file: checkpoints in `SqliteSaver`, memories in `SqliteStore`, and the
 * server's assistants, threads and runs bookkeeping in the same file, with
 * the thread list derived from the file's checkpoints. Routes, status codes,
 * CORS, custom auth (`auth.path`) and schemas are the official server's.
 * A process serves one file: the official server's state is module-level.
 */
export async function startStudioServer(options: StudioServerOptions): Promise<StudioServer> {
  const { path, port, host = "127.0.0.1" } = options;
  const project = resolveProject(options.config, options.cwd ?? process.cwd());
  const official = await loadOfficialServer();
  const { db } = openDatabase(path);
  const saver = new SqliteSaver(db);
  const store = new SqliteStore({ db });
  bindBackends(official, saver, store);
  const persistence = await openSqlitePersistence(official, db);
  const ops = new official.FileSystemOps(persistence);
  const graphs = Object.keys(project.config.graphs);
  deriveThreadsFromCheckpoints(official, ops, saver, graphs);
  const { cleanup } = await official.startServer(
    { port, host, nWorkers: 10, cwd: project.cwd, graphs: project.config.graphs, auth: project.config.auth, http: project.config.http },
    { ops },
  );
  parseSchemasFromDeclarations(official);
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url,
    studioUrl: `https://smith.langchain.com/studio/?baseUrl=${encodeURIComponent(url)}`,
    source: project.source,
    graphs,
    close: async () => {
      await cleanup();
      await persistence.flush();
      db.close();
    },
  };
}
