/**
 * The extraction schema, exactly as the real clients send it, against
 * OpenAI's documented strict-mode rules (and the same subset for
 * Anthropic's tool use).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { EXTRACTION_JSON_SCHEMA, MemoryCandidateSchema } from "../../src/index.js";
import { openAgent } from "./support/agent.js";
import { startMockLlm, type MockLlm } from "./support/mock-llm.js";
import { strictModeViolations } from "./support/openai-strict.js";

/** Keywords both providers accept without a note: no bounds, patterns or formats. */
const PORTABLE = new Set(["type", "description", "properties", "required", "additionalProperties", "items", "enum"]);

function keywordsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (typeof node !== "object" || node === null) return found;
  for (const [keyword, value] of Object.entries(node)) {
    found.add(keyword);
    if (keyword === "properties") for (const property of Object.values(value as object)) keywordsOf(property, found);
    else if (keyword === "items") keywordsOf(value, found);
  }
  return found;
}

describe("the strict-mode checker", () => {
  it("refuses the schema zod generates from MemoryCandidateSchema (the one sent before), naming each rule it breaks", () => {
    const before = z.toJSONSchema(z.object({ candidates: z.array(MemoryCandidateSchema) })) as Record<string, unknown>;
    const violations = strictModeViolations(before);
    expect(violations).toEqual(
      expect.arrayContaining([
        "#/properties/candidates/items: required lacks ttlDays, reason, evidence, messageId (every property must be required)",
        '#/properties/candidates/items/properties/content: unsupported keyword "propertyNames"',
        '#/properties/candidates/items/properties/content: additionalProperties must be false, is {"$ref":"#/$defs/__schema0"}',
        '#/$defs/__schema0/anyOf/5: unsupported keyword "propertyNames"',
        '#/$defs/__schema0/anyOf/5: additionalProperties must be false, is {"$ref":"#/$defs/__schema0"}',
      ]),
    );
  });
});

describe("the schema the real clients send", () => {
  let openai: MockLlm;
  let anthropic: MockLlm;
  beforeAll(async () => {
    [openai, anthropic] = await Promise.all([startMockLlm("openai"), startMockLlm("anthropic")]);
    Object.assign(process.env, openai.env, anthropic.env);
  });
  afterAll(() => Promise.all([openai.close(), anthropic.close()]));

  it("is valid under OpenAI strict mode, uses only keywords both providers take, and is what ChatOpenAI sends with strict: true", async () => {
    expect(strictModeViolations(EXTRACTION_JSON_SCHEMA)).toEqual([]);
    expect([...keywordsOf(EXTRACTION_JSON_SCHEMA)].filter((keyword) => !PORTABLE.has(keyword))).toEqual([]);

    const session = await openAgent();
    await session.turn(openai.model, "t1", "I prefer dark mode.");
    const [request] = openai.extractions();
    const format = request!.body.response_format;
    expect(format.type).toBe("json_schema");
    expect(format.json_schema.name).toBe("memory_candidates");
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.schema).toEqual(EXTRACTION_JSON_SCHEMA);
    expect(strictModeViolations(format.json_schema.schema)).toEqual([]);
    expect(await session.remembered()).toEqual(["Prefers dark mode"]);
    await session.close();
  });

  it("is what ChatAnthropic sends as the forced tool's input_schema", async () => {
    const session = await openAgent();
    await session.turn(anthropic.model, "t1", "I prefer dark mode.");
    const [request] = anthropic.extractions();
    expect(request!.body.tool_choice).toEqual({ type: "tool", name: "memory_candidates" });
    const [tool] = request!.body.tools;
    expect(tool.name).toBe("memory_candidates");
    expect(tool.input_schema).toEqual(EXTRACTION_JSON_SCHEMA);
    expect(strictModeViolations(tool.input_schema)).toEqual([]);
    expect(await session.remembered()).toEqual(["Prefers dark mode"]);
    await session.close();
  });
});
