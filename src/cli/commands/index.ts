import type { Command } from "../command.js";
import { init } from "./init.js";
import { forget, importCommand, prune } from "./maintenance.js";
import { exportCommand, history, memories } from "./memories.js";
import { migrate } from "./migrate.js";
import { retain } from "./retain.js";
import { studio } from "./studio.js";
import { checkpoints, state, threads } from "./threads.js";

/**
 * Every command of `langgraph-memory`, by name, in the order the help lists
 * them. A new command is one entry here and its own module beside this one.
 */
export const COMMANDS: Record<string, Command> = {
  threads,
  checkpoints,
  state,
  memories,
  history,
  export: exportCommand,
  prune,
  forget,
  import: importCommand,
  retain,
  migrate,
  studio,
  init,
};
