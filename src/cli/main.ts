/**
 * The command line: builds the commander program, runs it, and maps every error to its exit code.
 * Returns the exit code; bin/incentive is the one place that hands it to the process.
 */
import { Command, CommanderError } from "commander";
import { EXIT, isIncentiveError } from "../errors/problems.js";
import { batchCommand } from "./commands/batch.js";
import { calcCommand } from "./commands/calc.js";
import { policiesCommand } from "./commands/policies.js";
import { schemaCommand } from "./commands/schema.js";
import { tablesCommand } from "./commands/tables-check.js";
import { testCommand } from "./commands/test.js";
import { type Io, toolInfo } from "./context.js";

const EXIT_HELP = `
Exit codes:
  0   success
  1   a check found problems, or a golden case failed
  2   usage error (unknown command or option, bad option value)
  65  invalid input data (company file, tables), reported with file:line:col and field path
  70  internal error: a bug in incentive, please report it`;

export function buildProgram(io: Io): Command {
  const program = new Command("incentive")
    .description("Itemized Chinese enterprise tax incentives, awards and subsidies, each line with amount, formula and citation")
    .version(toolInfo().version)
    .addHelpText("after", EXIT_HELP)
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride()
    .showSuggestionAfterError(true);
  for (const command of [calcCommand(io), batchCommand(io), testCommand(io), tablesCommand(io), policiesCommand(io), schemaCommand(io)]) {
    command.copyInheritedSettings(program);
    for (const sub of command.commands) sub.copyInheritedSettings(program);
    program.addCommand(command);
  }
  return program;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT.ok;
  } catch (error) {
    return handleError(error, io);
  }
}

function handleError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
    return EXIT.usage;
  }
  if (isIncentiveError(error)) {
    if (error.exitCode === EXIT.internal) {
      io.err(`incentive: internal error (this is a bug, please report it): ${error.message}\n`);
    } else {
      io.err(`${error.message}\n`);
    }
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`incentive: internal error (this is a bug, please report it): ${message}\n`);
  if (process.env.INCENTIVE_DEBUG && error instanceof Error) io.err(`${error.stack ?? ""}\n`);
  return EXIT.internal;
}
