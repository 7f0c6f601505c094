/**
 * OpenAI's documented rules for a JSON Schema sent with `strict: true`
 * (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas),
 * as a checker that lists every violation:
 *
 * - the root is an object, not `anyOf`;
 * - every object sets `additionalProperties: false` and lists every one of
 *   its properties in `required` (an optional field is a union with `null`);
 * - only the supported keywords: types string, number, boolean, integer,
 *   object, array, null (or a list of them), `enum`, `const`, `anyOf`,
 *   `$ref`/`$defs`, `description`/`title`, and the supported constraints
 *   (`pattern`, `format`; `multipleOf`, `minimum`, `maximum`,
 *   `exclusiveMinimum`, `exclusiveMaximum`; `minItems`, `maxItems`); anything
 *   else (`propertyNames`, `patternProperties`, `allOf`, `oneOf`, `not`,
 *   `if`/`then`/`else`, `default`, length and property-count bounds…) is refused;
 * - at most 10 levels of object nesting and 5,000 object properties in all;
 * - at most 1,000 enum values in all, and at most 120,000 characters of
 *   property names, definition names, enum and const values together.
 */
const TYPES = new Set(["string", "number", "boolean", "integer", "object", "array", "null"]);
const KEYWORDS = new Set([
  "type", "description", "title", "properties", "required", "additionalProperties", "items", "enum", "const", "anyOf", "$ref", "$defs",
  "pattern", "format", "multipleOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
]);

type Schema = Record<string, unknown>;

/** Every way `schema` breaks OpenAI's strict-mode rules; empty when it is valid. */
export function strictModeViolations(schema: Schema): string[] {
  const violations: string[] = [];
  const totals = { properties: 0, enumValues: 0, characters: 0 };
  if (schema.type !== "object" || "anyOf" in schema) violations.push("#: the root must be an object, not anyOf");
  for (const name of Object.keys((schema.$defs as Schema | undefined) ?? {})) totals.characters += name.length;
  visit(schema, "#", 0, violations, totals, schema);
  if (totals.properties > 5_000) violations.push(`more than 5,000 object properties (${totals.properties})`);
  if (totals.enumValues > 1_000) violations.push(`more than 1,000 enum values (${totals.enumValues})`);
  if (totals.characters > 120_000) violations.push(`more than 120,000 characters of names and values (${totals.characters})`);
  return violations;
}

function visit(node: unknown, path: string, depth: number, violations: string[], totals: { properties: number; enumValues: number; characters: number }, root: Schema): void {
  if (typeof node !== "object" || node === null || Array.isArray(node)) {
    violations.push(`${path}: a schema must be an object`);
    return;
  }
  const schema = node as Schema;
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword)) violations.push(`${path}: unsupported keyword "${keyword}"`);
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const type of types) if (!TYPES.has(type as string)) violations.push(`${path}: unsupported type ${JSON.stringify(type)}`);
  if (schema.type === undefined && schema.anyOf === undefined && schema.$ref === undefined && schema.enum === undefined && schema.const === undefined) {
    violations.push(`${path}: no type`);
  }
  if (Array.isArray(schema.enum)) {
    totals.enumValues += schema.enum.length;
    for (const value of schema.enum) totals.characters += String(value).length;
  }
  if (schema.const !== undefined) totals.characters += String(schema.const).length;
  if (typeof schema.$ref === "string" && !resolves(root, schema.$ref)) violations.push(`${path}: $ref ${schema.$ref} does not resolve inside the schema`);

  if (types.includes("object") || schema.properties !== undefined) {
    if (depth >= 10) violations.push(`${path}: more than 10 levels of object nesting`);
    const properties = (schema.properties as Schema | undefined) ?? {};
    const names = Object.keys(properties);
    totals.properties += names.length;
    for (const name of names) totals.characters += name.length;
    if (schema.additionalProperties !== false) {
      violations.push(`${path}: additionalProperties must be false, is ${JSON.stringify(schema.additionalProperties)}`);
    }
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const missing = names.filter((name) => !required.includes(name));
    if (missing.length > 0) violations.push(`${path}: required lacks ${missing.join(", ")} (every property must be required)`);
    const unknown = required.filter((name) => !names.includes(name));
    if (unknown.length > 0) violations.push(`${path}: required names unknown properties ${unknown.join(", ")}`);
    for (const name of names) visit(properties[name], `${path}/properties/${name}`, depth + 1, violations, totals, root);
  }
  if (types.includes("array") || schema.items !== undefined) {
    if (schema.items === undefined) violations.push(`${path}: an array needs items`);
    else visit(schema.items, `${path}/items`, depth, violations, totals, root);
  }
  if (schema.anyOf !== undefined) {
    if (!Array.isArray(schema.anyOf)) violations.push(`${path}: anyOf must be a list`);
    else schema.anyOf.forEach((branch, i) => visit(branch, `${path}/anyOf/${i}`, depth, violations, totals, root));
  }
  for (const [name, definition] of Object.entries((schema.$defs as Schema | undefined) ?? {})) {
    visit(definition, `${path}/$defs/${name}`, depth, violations, totals, root);
  }
}

function resolves(root: Schema, ref: string): boolean {
  if (!ref.startsWith("#")) return false;
  let node: unknown = root;
  for (const part of ref.slice(1).split("/").filter(Boolean)) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Schema)[part];
  }
  return typeof node === "object" && node !== null;
}
