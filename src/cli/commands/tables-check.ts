/**
 * `incentive tables check [DIR] [--sources DIR]`: the tables load (every schema problem at once),
 * every table has code and every piece of code a table, and with --sources every quote occurs in
 * its source text and states its value. Exit 1 on any finding.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Command } from "commander";
import { normaliseText, quoteInSource, valueInQuote } from "../../checks/quotes.js";
import { FindingsError, formatProblem, type Problem, TableError } from "../../errors/problems.js";
import { loadTables } from "../../io/load-tables.js";
import { GENERAL_LAW_TABLE, IMPLEMENTATIONS } from "../../policies/registry.js";
import type { TableSet } from "../../tables/model.js";
import { DEFAULT_TABLES, type Io } from "../context.js";

export interface CheckOutcome {
  readonly problems: Problem[];
  readonly checkedQuotes: number;
}

export function checkTables(dir: string, sourcesDir: string | undefined): CheckOutcome {
  let tables: TableSet;
  try {
    tables = loadTables(dir);
  } catch (error) {
    if (error instanceof TableError) return { problems: [...error.problems], checkedQuotes: 0 };
    throw error;
  }
  const problems: Problem[] = [];
  for (const table of tables.policies.values()) {
    // An award table is implemented by its shape (src/policies/awards/); others need code in the registry.
    if (table.kind !== "reference" && !table.award && !IMPLEMENTATIONS.has(table.id)) {
      problems.push({ location: { file: table.file, line: 1 }, path: "id", message: `no code implements policy "${table.id}" (src/policies/registry.ts) and it has no award shape` });
    }
    if (table.award && IMPLEMENTATIONS.has(table.id)) {
      problems.push({ location: { file: table.file, line: 1 }, path: "award", message: `policy "${table.id}" has both an award shape and code: keep one` });
    }
  }
  for (const id of IMPLEMENTATIONS.keys()) {
    if (!tables.policies.has(id)) problems.push({ location: { file: join(dir, "national") }, path: id, message: `code for "${id}" has no table` });
  }
  if (!tables.policies.has(GENERAL_LAW_TABLE)) problems.push({ location: { file: dir }, path: GENERAL_LAW_TABLE, message: "the general-law table is missing" });
  let checkedQuotes = 0;
  if (sourcesDir !== undefined) {
    const cache = new Map<string, string | undefined>();
    const sourceText = (source: string): string | undefined => {
      if (!cache.has(source)) {
        const [folder] = source.split("/");
        const file = folder === "seeds" ? join(sourcesDir, basename(source)) : join(dirname(sourcesDir), source);
        cache.set(source, existsSync(file) ? normaliseText(readFileSync(file, "utf8")) : undefined);
      }
      return cache.get(source);
    };
    const checkQuote = (file: string, path: string, documentKey: string, quote: string): void => {
      const document = tables.documents.get(documentKey);
      const text = document ? sourceText(document.source) : undefined;
      if (!document || text === undefined) {
        problems.push({ location: { file }, path, message: `source text of "${documentKey}" not found under ${sourcesDir}` });
        return;
      }
      checkedQuotes += 1;
      if (!quoteInSource(quote, text)) problems.push({ location: { file }, path, message: `quote not found in ${document.source}: "${quote}"` });
    };
    // Stacking rules and validity windows quote their sentences too.
    for (const table of tables.policies.values()) {
      table.award?.rules.forEach((rule, i) => {
        if (rule.cite && rule.quote) checkQuote(table.file, `award.rules.${i}.quote`, rule.cite.document, rule.quote);
      });
    }
    for (const [key, document] of tables.documents) {
      if (document.valid?.quote) checkQuote(join(dir, "documents.yaml"), `${key}.valid.quote`, key, document.valid.quote);
    }
    for (const table of tables.policies.values()) {
      for (const parameter of table.parameters.values()) {
        for (const entry of parameter.entries) {
          const path = `parameters.${parameter.name}.values.${entry.from}`;
          const text = sourceText(entry.cite.document.source);
          if (text === undefined) {
            problems.push({ location: { file: table.file }, path, message: `source text ${entry.cite.document.source} not found under ${sourcesDir}` });
            continue;
          }
          checkedQuotes += 1;
          if (!quoteInSource(entry.cite.quote, text)) {
            problems.push({ location: { file: table.file }, path: `${path}.quote`, message: `quote not found in ${entry.cite.document.source}: "${entry.cite.quote}"` });
          } else if (entry.value !== null && entry.written !== null) {
            const writtenNumber = entry.written.match(/^-?\d+(\.\d+)?/)?.[0] ?? "";
            if (!valueInQuote(writtenNumber, parameter.unit, entry.cite.quote)) {
              problems.push({ location: { file: table.file }, path: `${path}.value`, message: `the value ${entry.written} is not stated in its quote` });
            }
          }
        }
      }
    }
  }
  return { problems, checkedQuotes };
}

export function tablesCommand(io: Io): Command {
  const tables = new Command("tables").description("work with the rate tables");
  tables
    .command("check")
    .description("validate the rate tables; with --sources, verify every quote against the source texts")
    .argument("[dir]", "tables folder", DEFAULT_TABLES)
    .option("--sources <dir>", "folder of source texts (this repository: ../shared/seeds)")
    .action((dir: string, opts: { sources?: string }) => {
      const outcome = checkTables(dir, opts.sources);
      for (const problem of outcome.problems) io.err(`${formatProblem(problem)}\n`);
      const quotes = opts.sources ? `, ${outcome.checkedQuotes} quotes checked against ${opts.sources}` : "";
      if (outcome.problems.length > 0) throw new FindingsError(`${outcome.problems.length} problem(s) in ${dir}${quotes}`);
      io.out(`ok: ${dir}${quotes}\n`);
    });
  return tables;
}
