import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/port.js";
import { emptyDatabase, startStudio } from "./servers.js";

const root = join(import.meta.dirname, "..", "..");
const artifacts = join(root, "test-artifacts");
/** Debian's chromium (`apt-get install -y chromium`; .ci/run installs it). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const dir = mkdtempSync(join(tmpdir(), "lsm-studio-browser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Serves the page and its bundle on its own port: another origin than the studio server's. */
async function servePage(script: string): Promise<{ origin: string; server: Server }> {
  const port = await freePort();
  const html = `<!doctype html><html><head><title>third-party page</title></head><body><h1>A page on another origin</h1><pre id="result">running…</pre><script type="module" src="/page.js"></script></body></html>`;
  const server = createServer((request, response) => {
    if (request.url?.startsWith("/page.js")) response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else response.writeHead(200, { "content-type": "text/html" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, server };
}

describe("langgraph-memory studio from a browser page on another origin", () => {
  it("lets @langchain/langgraph-sdk in headless Chromium create a thread, stream a run, and read history and store items", async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    const bundle = await build({ entryPoints: [join(import.meta.dirname, "browser", "page.ts")], bundle: true, format: "esm", platform: "browser", write: false });
    const page = await servePage(bundle.outputFiles[0]!.text);
    const studio = await startStudio(emptyDatabase(join(dir, "browser.db")), { cwd: root });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      expect(new URL(studio.url).origin).not.toBe(page.origin);
      const tab = await browser.newPage();
      const consoleErrors: string[] = [];
      tab.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
      await tab.goto(`${page.origin}/?api=${encodeURIComponent(studio.url)}`);
      await tab.waitForFunction(() => "studioResult" in globalThis, undefined, { timeout: 60_000 });
      const result = (await tab.evaluate(() => (globalThis as unknown as { studioResult: unknown }).studioResult)) as {
        ok: boolean;
        error?: string;
        events: string[];
        historyLength: number;
        memories: string[];
      };
      mkdirSync(artifacts, { recursive: true });
      await tab.screenshot({ path: join(artifacts, "studio-browser.png"), fullPage: true });
      expect(result.error).toBeUndefined();
      expect(result.ok).toBe(true);
      expect(result.events).toEqual(expect.arrayContaining(["metadata", "values"]));
      expect(result.historyLength).toBeGreaterThan(4);
      expect(result.memories).toContain("Prefers dark mode");
      expect(consoleErrors).toEqual([]);
    } finally {
      await browser.close();
      await studio.stop();
      page.server.close();
    }
  }, 120_000);
});
