import { existsSync } from "node:fs";
import type { OfficialServer } from "./official.js";

/**
 * Lets the official schema parser (`@langchain/langgraph-api/schema`, a
 * TypeScript program over the graph's source) read graphs served from built
 * JavaScript, such as the package's template: a graph whose source file is
 * `.js`, `.mjs` or `.cjs` with a declaration file beside it is parsed from
 * that declaration file. TypeScript sources are parsed as the official server
 * parses them.
 */
export function parseSchemasFromDeclarations(official: OfficialServer): void {
  for (const spec of Object.values(official.graphSpecs)) {
    const declarations = spec.sourceFile.replace(/\.(m|c)?js$/, ".d.$1ts");
    if (declarations !== spec.sourceFile && existsSync(declarations)) spec.sourceFile = declarations;
  }
}
