/**
 * What a `langgraph-memory` command is: its place in the help, its
 * positional arguments and option specs (from which its usage is printed and
 * its command line parsed), and what it does.
 */

/** One option of a command: a string with a value name, or a boolean flag. */
export type OptionSpec =
  | { type: "string"; value: string; description: string; required?: boolean; default?: string }
  | { type: "boolean"; description: string };

/** A command's options, by long name (`--name`). */
export type OptionSpecs = Record<string, OptionSpec>;

/** The parsed values of a command's options: booleans default to false, strings without a default may be missing. */
export type OptionValues<O extends OptionSpecs> = { [K in keyof O]: OptionValue<O[K]> };
type OptionValue<S extends OptionSpec> = S extends { type: "boolean" } ? boolean : S extends { default: string } | { required: true } ? string : string | undefined;

/** A command of the CLI. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** Where the global help lists it. */
  group: CommandGroup;
  /** One line for the global help. */
  summary: string;
  /** Positional arguments, in order: `<name>` is required, `[name]` optional. */
  positionals: string[];
  options: O;
  /** Runs the command on parsed arguments and resolves with the process exit code. */
  run(args: string[], values: OptionValues<O>): Promise<number>;
}

/** The sections of the global help. */
export const COMMAND_GROUPS = {
  read: "read commands (the file is opened read-only)",
  write: "write commands",
  project: "projects and servers",
} as const;
export type CommandGroup = keyof typeof COMMAND_GROUPS;

/** Declares a command, keeping its option names and types for `run`. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}

/** Raised for a command line that does not fit the command; the CLI prints the command's usage and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The one-line synopsis of a command: `langgraph-memory NAME <args> --required <v> [--optional <v>]`. */
export function synopsis(name: string, command: Command): string {
  const options = Object.entries(command.options).map(([option, spec]) => {
    const text = spec.type === "string" ? `--${option} <${spec.value}>` : `--${option}`;
    return spec.type === "string" && spec.required ? text : `[${text}]`;
  });
  return ["langgraph-memory", name, ...command.positionals, ...options].join(" ");
}

/** A command's full usage: its synopsis, summary and every option with its description. */
export function usage(name: string, command: Command): string {
  const rows = Object.entries(command.options).map(([option, spec]) => {
    const text = spec.type === "string" ? `--${option} <${spec.value}>` : `--${option}`;
    const fallback = spec.type === "string" && spec.default !== undefined ? ` (default ${spec.default})` : "";
    return [text, `${spec.description}${fallback}`] as const;
  });
  rows.push(["-h, --help", "print this help"]);
  const width = Math.max(...rows.map(([text]) => text.length));
  return [
    `usage: ${synopsis(name, command)}`,
    "",
    command.summary,
    "",
    "options:",
    ...rows.map(([text, description]) => `  ${text.padEnd(width)}  ${description}`),
    "",
  ].join("\n");
}
