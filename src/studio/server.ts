import type { Item } from "@langchain/langgraph-checkpoint";
import { buildMemoryAgent, buildMemoryMaintenance } from "../agent/index.js";
import { SqliteSaver } from "../checkpoint/index.js";
import { openDatabase } from "../sqlite/database.js";
import { SqliteStore } from "../store/index.js";
import { SqliteThreadSaver } from "./threads.js";

/** A running Studio server over one database file. */
export interface StudioServer {
  url: string;
  /** The LangGraph Studio address that opens this server. */
  studioUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the template graphs over the user's own SQLite file (checkpoints,
 * memories and thread metadata) with the LangGraph API server's embeddable
 * routes, plus the routes Studio needs that those lack (info, assistants,
 * graph drawing, schemas, the store). `@langchain/langgraph-api` and
 * `@hono/node-server` are optional dependencies, loaded only here.
 */
export async function startStudioServer({ path, port, host = "127.0.0.1" }: { path: string; port: number; host?: string }): Promise<StudioServer> {
  const [{ createEmbedServer }, { serve }] = await Promise.all([
    import("@langchain/langgraph-api/experimental/embed"),
    import("@hono/node-server"),
  ]).catch((error: unknown) => {
    throw new Error(`The studio command needs @langchain/langgraph-api@~1.5.1 and @hono/node-server: npm install them (${(error as Error).message})`);
  });
  const { db } = openDatabase(path);
  const checkpointer = new SqliteSaver(db);
  const store = new SqliteStore({ db });
  const graphs = {
    memory_agent: buildMemoryAgent({ checkpointer, store }),
    memory_maintenance: buildMemoryMaintenance({ store }),
  };
  const app = createEmbedServer({ graph: graphs, threads: new SqliteThreadSaver(db), checkpointer, store });
  const created = new Date(0).toISOString();
  const assistant = (id: keyof typeof graphs) => ({
    assistant_id: id, graph_id: id, name: id, config: {}, context: {}, metadata: {}, version: 1, created_at: created, updated_at: created,
  });
  const known = (id: string): id is keyof typeof graphs => Object.hasOwn(graphs, id);
  const itemJson = (item: Item | null) =>
    item === null ? null : { ...item, created_at: item.createdAt.toISOString(), updated_at: item.updatedAt.toISOString() };

  app.get("/info", (c) => c.json({ version: "langgraph-sqlite-memory", flags: { assistants: true, crons: false, langsmith: false } }));
  app.post("/assistants/search", (c) => c.json(Object.keys(graphs).map((id) => assistant(id as keyof typeof graphs))));
  app.get("/assistants/:id", (c) => (known(c.req.param("id")) ? c.json(assistant(c.req.param("id") as keyof typeof graphs)) : c.json({ detail: "Assistant not found" }, 404)));
  app.get("/assistants/:id/graph", async (c) => {
    const id = c.req.param("id");
    if (!known(id)) return c.json({ detail: "Assistant not found" }, 404);
    return c.json((await graphs[id].getGraphAsync()).toJSON());
  });
  app.get("/assistants/:id/subgraphs", (c) => c.json({}));
  app.get("/assistants/:id/schemas", (c) => {
    const id = c.req.param("id");
    const open = { type: "object", additionalProperties: true };
    return known(id)
      ? c.json({ graph_id: id, input_schema: open, output_schema: open, state_schema: open, config_schema: open, context_schema: open })
      : c.json({ detail: "Assistant not found" }, 404);
  });
  app.put("/store/items", async (c) => {
    const { namespace, key, value, index } = await c.req.json();
    await store.put(namespace, key, value, index ?? undefined);
    return c.body(null, 204);
  });
  app.get("/store/items", async (c) => c.json(itemJson(await store.get((c.req.query("namespace") ?? "").split("."), c.req.query("key") ?? ""))));
  app.delete("/store/items", async (c) => {
    const { namespace, key } = await c.req.json();
    await store.delete(namespace, key);
    return c.body(null, 204);
  });
  app.post("/store/items/search", async (c) => {
    const { namespace_prefix, filter, limit, offset, query } = await c.req.json();
    const items = await store.search(namespace_prefix ?? [], { filter, limit, offset, query });
    return c.json({ items: items.map((item) => ({ ...itemJson(item), score: item.score })) });
  });
  app.post("/store/namespaces", async (c) => {
    const { prefix, suffix, max_depth, limit, offset } = await c.req.json();
    return c.json({ namespaces: await store.listNamespaces({ prefix, suffix, maxDepth: max_depth, limit, offset }) });
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(started));
  });
  const url = `http://${host}:${port}`;
  return {
    url,
    studioUrl: `https://smith.langchain.com/studio/?baseUrl=${encodeURIComponent(url)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        // Kept-alive client connections would otherwise hold the server open.
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
}
