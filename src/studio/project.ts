import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod/v4";

/**
 * The parts of `langgraph.json` that `langgraph-memory studio` honours, as the
 * official dev server reads them: the graphs, the custom auth handler and the
 * HTTP options (CORS among them). Other keys are accepted and ignored.
 */
export const LangGraphJsonSchema = z.looseObject({
  graphs: z.record(z.string(), z.union([z.string(), z.object({ path: z.string(), description: z.string().optional() })])),
  auth: z.object({ path: z.string().optional(), disable_studio_auth: z.boolean().default(false) }).optional(),
  http: z.looseObject({
    cors: z
      .object({
        allow_origins: z.array(z.string()).optional(),
        allow_methods: z.array(z.string()).optional(),
        allow_headers: z.array(z.string()).optional(),
        allow_credentials: z.boolean().optional(),
        allow_origin_regex: z.string().optional(),
        expose_headers: z.array(z.string()).optional(),
        max_age: z.number().optional(),
      })
      .optional(),
  }).optional(),
});

/** Raised when a `langgraph.json` cannot be read or is not a valid one. */
export class StudioConfigError extends Error {
  override name = "StudioConfigError";

  constructor(
    /** The configuration file. */
    readonly path: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${problem}`, options);
  }
}

/** A project to serve: its graphs and options, and the directory its paths are relative to. */
export interface StudioProject {
  /** Where the graphs came from: a `langgraph.json`, or the package's template. */
  source: string;
  cwd: string;
  config: z.infer<typeof LangGraphJsonSchema>;
}

/** The directory of `template.js`, the template graphs served when there is no `langgraph.json`. */
const TEMPLATE_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * The project `langgraph-memory studio` serves: `configPath` when given, else
 * the `langgraph.json` of `cwd`, else the package's template graphs
 * (`memory_agent`, `memory_maintenance`).
 *
 * @throws StudioConfigError naming the file when it is missing or not a valid `langgraph.json`.
 */
export function resolveProject(configPath: string | undefined, cwd: string): StudioProject {
  const path = configPath === undefined ? join(cwd, "langgraph.json") : resolve(cwd, configPath);
  if (configPath === undefined && !existsSync(path)) {
    return {
      source: "the langgraph-sqlite-memory template",
      cwd: TEMPLATE_DIR,
      config: { graphs: { memory_agent: `./template.js:memory_agent`, memory_maintenance: `./template.js:memory_maintenance` } },
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new StudioConfigError(path, `cannot be read as JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = LangGraphJsonSchema.safeParse(json);
  if (!parsed.success) throw new StudioConfigError(path, `is not a valid langgraph.json:\n${z.prettifyError(parsed.error)}`);
  return { source: path, cwd: dirname(path), config: parsed.data };
}
