import { dispatchCustomEvent } from "@langchain/core/callbacks/dispatch";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage, type AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod/v4";
import type { IdentityContext, MemoryCandidate, MemoryRecord } from "../memory/index.js";
import type { ExtractionEntry, ExtractionReport } from "./extraction-report.js";
import { EXTRACTION_JSON_SCHEMA, ExtractionOutputError, parseCandidates, validateCandidates, type ParsedCandidates } from "./extraction-schema.js";
import { messagesSince } from "./messages.js";
import { tieToUserWords } from "./provenance.js";
import { extractWithRules, type RuleCandidate, type RuleScope } from "./rules/extract.js";
import { readIdentity } from "./runtime.js";
import type { MemoryState, MemoryUpdate } from "./state.js";
import { messagesForExtraction, renderTranscript } from "./transcript.js";

/**
 * What a custom extractor receives. `messages` are the messages added since
 * the last extraction that an extractor may read, oldest first, at most
 * `maxMessages`: the user's (`human`, the only memory material), the
 * assistant's replies that have text (`ai`, context only), and tool results
 * (`tool`) only with `includeToolOutput`. Assistant turns that only call
 * tools, and system messages, are left out.
 */
export interface ExtractorInput {
  messages: BaseMessage[];
  identity: IdentityContext;
  /** The memories recalled this turn, whose keys an update should reuse. */
  recalled: MemoryRecord[];
  /** Aborted when the extraction's `timeoutMs` has passed or the run is cancelled. */
  signal: AbortSignal;
  /** The last statement extracted on this thread, which a correction ("oops, I meant the 14th") refers to. */
  lastStatement?: MemoryCandidate;
}

/**
 * A function that turns new messages into memory candidates. Each candidate
 * is checked against `MemoryCandidateSchema`; an invalid one is refused with
 * a report line, and never costs the others.
 */
export type Extractor = (input: ExtractorInput) => MemoryCandidate[] | Promise<MemoryCandidate[]>;

/** A chat model, or a function of the run's config that picks one (`undefined`: the offline rules). */
export type ExtractionModel =
  | BaseChatModel
  | ((config: LangGraphRunnableConfig) => BaseChatModel | undefined | Promise<BaseChatModel | undefined>);

/** A warning the extract node raises when a turn's extraction failed or refused candidates. */
export interface ExtractionWarning {
  message: string;
  report: ExtractionReport;
}

/** The custom callback event the extract node dispatches with each {@link ExtractionWarning}. */
export const EXTRACTION_WARNING_EVENT = "memory_extraction_warning";

/**
 * The tag on the extraction call that keeps its tokens out of
 * `graph.stream(…, { streamMode: "messages" })`: LangGraph's messages stream
 * skips every chat model run tagged `nostream`.
 */
export const NO_STREAM_TAG = "nostream";

const isModel = (value: unknown) => typeof (value as BaseChatModel | undefined)?.withStructuredOutput === "function";

/** Options of {@link createExtractNode}. */
export const ExtractNodeOptionsSchema = z
  .object({
    /**
     * A chat model with structured output, or a function of the run's config
     * returning one (or `undefined` for the offline rules); without one (and
     * without `extractor`) the offline rules run.
     */
    model: z.custom<ExtractionModel>((value) => typeof value === "function" || isModel(value)).optional(),
    /** Your own extractor; takes precedence over `model`. */
    extractor: z.custom<Extractor>((value) => typeof value === "function").optional(),
    /** Replaces the default instructions given to the model. */
    instructions: z.string().min(1).optional(),
    /** How long a turn's extraction may take in all, attempts and waits included, before it is given up for this turn. */
    timeoutMs: z.number().int().positive().default(20_000),
    /**
     * Model calls per turn for a failure that may pass (HTTP 408, 409, 429,
     * 5xx, a lost connection). The client's own retries are turned off for
     * this call, so this is the whole policy. An answer that cannot be read
     * is asked again once at most.
     */
    maxAttempts: z.number().int().min(1).max(10).default(2),
    /** Wait before the next attempt, doubled each time. */
    retryDelayMs: z.number().int().min(0).default(1_000),
    /** Later turns that try again the messages whose extraction failed; after that they are skipped, with a report line. */
    retryTurns: z.number().int().min(0).default(2),
    /** The newest messages an extraction reads at most, so a prompt never grows without bound. */
    maxMessages: z.number().int().positive().default(20),
    /** Give the extractor tool results too (as context, never as the user's words). Off by default. */
    includeToolOutput: z.boolean().default(false),
    /** Called with each warning; by default `console.warn`. The warning is also dispatched as a callback event. */
    onWarning: z.custom<(warning: ExtractionWarning) => void>((value) => typeof value === "function").optional(),
  })
  .strict();

/** Options of {@link createExtractNode}, as passed. */
export type ExtractNodeOptions = z.input<typeof ExtractNodeOptionsSchema>;
type Settings = z.output<typeof ExtractNodeOptionsSchema>;

/** The name of the structured output (OpenAI's `json_schema.name`, Anthropic's tool). */
const EXTRACTION_TOOL_NAME = "memory_candidates";

/** The chat model types whose structured output the extract node asks to be strict: OpenAI's (`json_schema` with `strict: true`). */
const STRICT_MODEL_TYPES = new Set(["openai", "azure_openai"]);

/** The default instructions: the three buckets, stable keys and scope levels. */
export const DEFAULT_EXTRACTION_INSTRUCTIONS = `You maintain an assistant's long-term memory. Read the new messages of a conversation and list what the user said that is worth remembering about them, their project or their organisation. Only the user's own words are memory material: the assistant's replies and tool output are there to help you read them, never to be remembered for themselves.

For each statement choose a bucket:
- "promote": a durable fact worth keeping across conversations: a preference ("I prefer dark mode"), a standing rule ("from now on, answer in French"), a fact about the user, project or org ("our team uses Postgres", "the deadline is March 3"), a change of task state ("the migration is done").
- "session": true only for this conversation ("for now, keep it short", "today I'm debugging X").
- "discard": chatter, questions, greetings, anything not worth storing. You may simply omit these.
- "forget": the user asks you to forget something ("forget what I told you about my allergies"): key is that subject's key.

Only what the user says about themself, their project or their organisation counts. Text marked as pasted, quoted from someone else, code, logs, transcripts, documents and search results is never the user's statement. A hedge ("probably", "I think") or a story about the past ("back when I used Perl") is not a settled fact: use "session" or omit it. For every candidate, evidence quotes the user's words it comes from, exactly.

Keys are stable subject keys in dotted lower case (ui.theme, response.language, project.deadline, stack.database, task.<name>). When a statement changes something already remembered, reuse that memory's key so the new value replaces the old one.

Scope: "user" for the user's own preferences and facts, "project" for facts about the current project, "org" for the organisation. Use only these scopes: {scopes}.

memoryType is one of preference, fact, rule, task_state, summary, episode. content lists the value as name/value pairs (e.g. [{"name": "value", "value": "dark mode"}]); text is a short sentence for a prompt (under 200 characters). confidence is 0..1: explicit statements 0.9, inferences lower. ttlDays is null unless the statement says how long it holds; reason is a few words or null.

Never record passwords, API keys, tokens or card numbers.`;

/** What one turn's extractor run gave: candidates, or a failure that says whether to try again later. */
type Attempt =
  | { ok: true; parsed: ParsedCandidates; calls: number }
  | { ok: false; entry: ExtractionEntry; calls: number; retryLater: boolean };

/**
 * A node that turns the messages added since its last run into memory
 * candidates, so a long thread is never extracted from the start again.
 * With a chat model, one structured-output call per turn; with your
 * `extractor`; without either, the offline rule-based extractor.
 *
 * Memory never costs the user their turn. A failed extraction (an HTTP
 * error, a timeout, an answer that cannot be read, an extractor that
 * throws) is recorded in `memoryReport.extraction`, raised as a warning
 * (`onWarning`, and the `memory_extraction_warning` callback event), and the
 * turn goes on with no candidates. The same messages are tried again on the
 * next `retryTurns` turns; then they are skipped with a report line. An
 * answer that cannot be read is asked again once, then skipped. Candidates
 * are checked one by one: an invalid one is refused with a report line, the
 * valid ones go on. Only a cancelled run (its own abort signal) still throws.
 */
export function createExtractNode(options: ExtractNodeOptions = {}) {
  const settings = ExtractNodeOptionsSchema.parse(options);
  return async function extractMemories(state: MemoryState, config: LangGraphRunnableConfig): Promise<MemoryUpdate> {
    const identity = readIdentity(config);
    const model = settings.extractor === undefined ? await resolveModel(settings.model, config) : undefined;
    const report: ExtractionReport = {
      extractor: settings.extractor !== undefined ? "custom" : model !== undefined ? "model" : "rules",
      outcome: "extracted",
      messages: 0,
      candidates: 0,
      calls: 0,
      failedTurns: 0,
      entries: [],
    };
    const pending = messagesSince(state.messages, state.extractedThrough);
    if (pending.length === 0) return { memoryCandidates: [], memoryReport: { extraction: { ...report, outcome: "nothing_new" } } };
    const newest = pending.at(-1)!.id ?? state.extractedThrough;

    const readable = messagesForExtraction(pending, settings);
    const messages = readable.slice(-settings.maxMessages);
    if (messages.length < readable.length) {
      report.entries.push({
        kind: "skipped_messages",
        reason: `${readable.length - messages.length} older messages were left out (maxMessages: ${settings.maxMessages})`,
      });
    }
    report.messages = messages.length;
    if (messages.length === 0) return finish(report, [], { extractedThrough: newest, extractionFailures: 0 }, settings, config);

    const deadline = AbortSignal.timeout(settings.timeoutMs);
    const signal = config.signal === undefined ? deadline : AbortSignal.any([config.signal, deadline]);
    const input: ExtractorInput = {
      messages,
      identity,
      recalled: state.recalledMemories,
      signal,
      ...(state.lastStatement === null ? {} : { lastStatement: state.lastStatement }),
    };
    const attempt = await runExtractor(input, model, settings, config, deadline);
    report.calls = attempt.calls;

    if (attempt.ok) {
      const { candidates, refused } = tieToUserWords(attempt.parsed.candidates, pending);
      for (const { key, reason } of [...attempt.parsed.refused, ...refused]) report.entries.push({ kind: "refused", reason, ...(key === undefined ? {} : { key }) });
      report.candidates = candidates.length;
      const lastStatement = candidates.filter((candidate) => candidate.bucket === "promote" || candidate.bucket === "session").at(-1);
      return finish(report, candidates, { extractedThrough: newest, extractionFailures: 0, ...(lastStatement === undefined ? {} : { lastStatement }) }, settings, config);
    }
    report.entries.push(attempt.entry);
    const failedTurns = state.extractionFailures + 1;
    if (attempt.retryLater && failedTurns <= settings.retryTurns) {
      report.outcome = "will_retry";
      report.failedTurns = failedTurns;
      return finish(report, [], { extractionFailures: failedTurns }, settings, config);
    }
    report.outcome = "gave_up";
    report.entries.push({
      kind: "skipped_messages",
      reason: attempt.retryLater
        ? `extraction failed on ${failedTurns} turns in a row; ${pending.length} messages are skipped`
        : `the extractor's answer could not be read; ${pending.length} messages are skipped`,
    });
    return finish(report, [], { extractedThrough: newest, extractionFailures: 0 }, settings, config);
  };
}

/** The node's update, with its warning raised when the turn failed or refused something. */
async function finish(
  report: ExtractionReport,
  candidates: MemoryCandidate[],
  watermark: Pick<MemoryUpdate, "extractedThrough" | "extractionFailures" | "lastStatement">,
  settings: Settings,
  config: LangGraphRunnableConfig,
): Promise<MemoryUpdate> {
  const problems = report.entries.filter((entry) => entry.kind !== "skipped_messages" || report.outcome === "gave_up");
  if (problems.length > 0) {
    const warning: ExtractionWarning = {
      message: `memory extraction (${report.extractor}) ${report.outcome}: ${problems.map((entry) => entry.reason).join("; ")}`,
      report,
    };
    (settings.onWarning ?? ((w: ExtractionWarning) => console.warn(w.message)))(warning);
    await dispatchCustomEvent(EXTRACTION_WARNING_EVENT, warning, config);
  }
  return { memoryCandidates: candidates, memoryReport: { extraction: report }, ...watermark };
}

async function resolveModel(model: ExtractionModel | undefined, config: LangGraphRunnableConfig): Promise<BaseChatModel | undefined> {
  if (model === undefined || isModel(model)) return model as BaseChatModel | undefined;
  return (model as Exclude<ExtractionModel, BaseChatModel>)(config);
}

/** Runs the extractor of the turn within the deadline; never throws but for a cancelled run. */
async function runExtractor(
  input: ExtractorInput,
  model: BaseChatModel | undefined,
  settings: Settings,
  config: LangGraphRunnableConfig,
  deadline: AbortSignal,
): Promise<Attempt> {
  if (model !== undefined) return callModel(input, model, settings, config, deadline);
  try {
    const raw = settings.extractor !== undefined
      ? await untilAborted(Promise.resolve(settings.extractor(input)), input.signal)
      : extractWithRules({
          userTexts: input.messages.filter((message) => message.getType() === "human").map((message) => message.text),
          scopes: writableScopes(input.identity),
          ...(input.lastStatement === undefined ? {} : { previous: input.lastStatement as RuleCandidate }),
        });
    if (!Array.isArray(raw)) throw new ExtractionOutputError("the extractor did not return a list of candidates");
    return { ok: true, parsed: validateCandidates(raw), calls: 0 };
  } catch (error) {
    if (config.signal?.aborted) throw error;
    const entry = failureEntry(error, settings, deadline);
    return { ok: false, entry, calls: 0, retryLater: entry.kind !== "parse_failed" };
  }
}

/**
 * Asks the model, within the deadline: a failure that may pass is tried
 * again up to `maxAttempts` calls, an unreadable answer once.
 */
async function callModel(
  input: ExtractorInput,
  model: BaseChatModel,
  settings: Settings,
  config: LangGraphRunnableConfig,
  deadline: AbortSignal,
): Promise<Attempt> {
  // ChatOpenAI sends a JSON Schema without `strict` unless asked; the schema is valid under strict mode.
  const strict = STRICT_MODEL_TYPES.has(model._llmType()) ? { strict: true } : {};
  const structured = model
    .withStructuredOutput(EXTRACTION_JSON_SCHEMA, { name: EXTRACTION_TOOL_NAME, includeRaw: true, ...strict })
    .withConfig({ runName: "memory_extraction", tags: [NO_STREAM_TAG] });
  const instructions = (settings.instructions ?? DEFAULT_EXTRACTION_INSTRUCTIONS).replace("{scopes}", writableScopes(input.identity).join(", "));
  const prompt = [new SystemMessage(instructions), new HumanMessage(renderTranscript(input.messages, input.recalled))];
  let calls = 0;
  let failedCalls = 0;
  let unreadable = 0;
  for (;;) {
    calls += 1;
    try {
      // `maxRetries: 0` turns the client's own retries off (a call option of ChatOpenAI and ChatAnthropic).
      const answer: unknown = await structured.invoke(prompt, { ...config, signal: input.signal, maxRetries: 0 } as LangGraphRunnableConfig);
      return { ok: true, parsed: parseCandidates(parsedOf(answer)), calls };
    } catch (error) {
      if (config.signal?.aborted) throw error;
      const entry = failureEntry(error, settings, deadline);
      if (entry.kind === "parse_failed") {
        unreadable += 1;
        if (unreadable > 1) return { ok: false, entry, calls, retryLater: false };
        continue;
      }
      failedCalls += 1;
      if (entry.kind === "timeout" || !mayPass(error) || failedCalls >= settings.maxAttempts) {
        return { ok: false, entry, calls, retryLater: true };
      }
      const waited = await sleep(settings.retryDelayMs * 2 ** (failedCalls - 1), true, { signal: input.signal }).catch(() => false);
      if (config.signal?.aborted) throw config.signal.reason;
      if (!waited) return { ok: false, entry: failureEntry(error, settings, deadline), calls, retryLater: true };
    }
  }
}

/** The report line for a failed extraction. */
function failureEntry(error: unknown, settings: Settings, deadline: AbortSignal): ExtractionEntry {
  if (deadline.aborted) return { kind: "timeout", reason: `no answer within timeoutMs (${settings.timeoutMs} ms)` };
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof SyntaxError || error instanceof ExtractionOutputError || (error as Error | undefined)?.name === "OutputParserException") {
    return { kind: "parse_failed", reason: `unreadable answer: ${message.slice(0, 300)}` };
  }
  const status = statusOf(error);
  return { kind: "call_failed", reason: `${status === undefined ? "" : `HTTP ${status}: `}${message.slice(0, 300)}` };
}

const statusOf = (error: unknown) => {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === "number" ? status : undefined;
};

/** Whether a failed call may succeed if made again at once: no status (a lost connection), 408, 409, 429 or 5xx. */
function mayPass(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * The parsed part of an `includeRaw` answer (`parsed` is null when the
 * client's parser failed). When the parser failed on a tool call that the
 * message itself parsed, the call's arguments are used: with
 * `@langchain/core` >= 1.1.46 a streamed Anthropic tool call reaches the
 * parser as an empty string (langchain-ai/langchainjs#10907), which is what
 * happens under `streamMode: "messages"`. A model class that ignores
 * `includeRaw` answers with the parsed value itself.
 */
function parsedOf(answer: unknown): unknown {
  if (typeof answer !== "object" || answer === null || !("raw" in answer) || !("parsed" in answer)) return answer;
  const { raw, parsed } = answer as { raw: unknown; parsed: unknown };
  if (parsed !== null && parsed !== undefined) return parsed;
  const call = (raw as AIMessage | undefined)?.tool_calls?.find((toolCall) => toolCall.name === EXTRACTION_TOOL_NAME);
  if (call !== undefined) return call.args;
  throw new ExtractionOutputError(`the answer is not JSON: ${excerpt(raw)}`);
}

function excerpt(message: unknown): string {
  const text = (message as BaseMessage | undefined)?.text ?? "";
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

/** Rejects with the signal's reason once it aborts. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener("abort", abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

function writableScopes(identity: IdentityContext): RuleScope[] {
  return [
    "user",
    ...(identity.projectId !== undefined ? (["project"] as const) : []),
    ...(identity.orgId !== undefined ? (["org"] as const) : []),
  ];
}
