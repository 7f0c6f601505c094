#!/usr/bin/env node
/**
 * `langgraph-memory`: inspect (and, for write commands, maintain) the
 * checkpoints and memories in a langgraph-sqlite-memory database file.
 * Read commands open the file read-only: they can never modify it.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { SchemaVersionError } from "../sqlite/errors.js";
import { COMMAND_GROUPS, synopsis, usage, UsageError, type Command } from "./command.js";
import { COMMANDS } from "./commands/index.js";

const HELP = [
  "usage: langgraph-memory <command> [arguments] [options]",
  "       langgraph-memory <command> --help",
  ...Object.entries(COMMAND_GROUPS).flatMap(([group, title]) => [
    "",
    `${title}:`,
    ...Object.entries(COMMANDS)
      .filter(([, command]) => command.group === group)
      .map(([name, command]) => `  ${synopsis(name, command).replace(/^langgraph-memory /, "")}`),
  ]),
  "",
].join("\n");

/** Where a usage error came from: the command's usage is printed with it, or the global help. */
class CommandLineError extends Error {
  constructor(
    readonly error: UsageError,
    readonly help: string,
  ) {
    super(error.message);
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    const topic = name === "help" && rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    process.stdout.write(topic === undefined ? HELP : usage(rest[0]!, topic));
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    const message = name.startsWith("-") ? `the command comes first, before "${name}"` : `unknown command "${name}"`;
    throw new CommandLineError(new UsageError(message), HELP);
  }
  try {
    const parsed = parseCommandLine(name, command, rest);
    if (parsed === "help") {
      process.stdout.write(usage(name, command));
      return 0;
    }
    return await command.run(parsed.args, parsed.values);
  } catch (error) {
    throw error instanceof UsageError ? new CommandLineError(error, usage(name, command)) : error;
  }
}

/** Parses a command's arguments against its specs, or throws a `UsageError` saying what does not fit. */
function parseCommandLine(name: string, command: Command, argv: string[]): "help" | { args: string[]; values: Record<string, string | boolean | undefined> } {
  const options: NonNullable<ParseArgsConfig["options"]> = { help: { type: "boolean", short: "h" } };
  for (const [option, spec] of Object.entries(command.options)) {
    options[option] = spec.type === "string" && spec.default !== undefined ? { type: "string", default: spec.default } : { type: spec.type };
  }
  // First without strictness, to name what does not fit in our own words.
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  if (tokens.some((token) => token.kind === "option" && token.name === "help")) return "help";
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const spec = command.options[token.name];
    if (spec === undefined) throw new UsageError(`unknown option "${token.rawName}" for "${name}"`);
    if (spec.type === "string" && token.value === undefined) throw new UsageError(`${token.rawName} needs a value: --${token.name} <${spec.value}>`);
    if (spec.type === "boolean" && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
  }
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  const required = command.positionals.filter((positional) => positional.startsWith("<"));
  if (positionals.length < required.length) throw new UsageError(`missing ${required[positionals.length]}`);
  if (positionals.length > command.positionals.length) throw new UsageError(`unexpected argument "${positionals[command.positionals.length]}"`);
  for (const [option, spec] of Object.entries(command.options)) {
    if (spec.type === "string" && spec.required && values[option] === undefined) throw new UsageError(`--${option} <${spec.value}> is required`);
    if (spec.type === "boolean") values[option] ??= false;
  }
  return { args: positionals, values: values as Record<string, string | boolean | undefined> };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const cause = error instanceof CommandLineError ? error.error : error;
    const message =
      cause instanceof SchemaVersionError && cause.found === -1
        ? `this file holds no ${cause.table.startsWith("checkpoint") ? "checkpoints" : "memories"} written by langgraph-sqlite-memory`
        : cause instanceof Error
          ? cause.message
          : String(cause);
    process.stderr.write(`langgraph-memory: ${message}\n`);
    if (error instanceof CommandLineError) process.stderr.write(`\n${error.help}`);
    process.exit(error instanceof CommandLineError ? 2 : 1);
  },
);
