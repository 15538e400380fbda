/** `incentive policies [--region R] [--on DATE]` and `incentive policies show ID`. */
import { Command } from "commander";
import { appliesToRegion } from "../../core/plan.js";
import { isIsoDate } from "../../core/dates.js";
import { UsageError } from "../../errors/problems.js";
import { closest } from "../../io/suggest.js";
import { loadTables } from "../../io/load-tables.js";
import { REGIONS } from "../../input/company-schema.js";
import { citationShort } from "../../render/labels.js";
import { ParamReader } from "../../tables/params.js";
import { DEFAULT_TABLES, type Io } from "../context.js";
import { coverageOf, DEFAULT_COVERAGE, printCoverage } from "./coverage.js";

export function policiesCommand(io: Io): Command {
  const policies = new Command("policies")
    .description("list the policies in the tables (show ID for one policy's parameters, citations and quotes)")
    .option("--region <region>", `only those applying to a region: ${REGIONS.join(", ")}`)
    .option("--on <date>", "only those with a value in force on this date")
    .option("--tables <dir>", "rate tables folder", DEFAULT_TABLES)
    .option("--coverage", "every catalog id with the table implementing it, or the reason it is not implemented (exit 1 on a gap)")
    .option("--coverage-dir <dir>", "folder with catalog-ids.yaml and not-implemented.yaml", DEFAULT_COVERAGE)
    .option("--format <format>", "with --coverage: table or json", "table")
    .action((opts: { region?: string; on?: string; tables: string; coverage?: boolean; coverageDir: string; format: string }) => {
      if (opts.coverage) {
        if (opts.format !== "table" && opts.format !== "json") throw new UsageError(`--format: expected table or json, found "${opts.format}"`);
        printCoverage(io, coverageOf(loadTables(opts.tables), opts.coverageDir), opts.format);
        return;
      }
      if (opts.on !== undefined && !isIsoDate(opts.on)) throw new UsageError(`--on: expected a date YYYY-MM-DD, found "${opts.on}"`);
      if (opts.region !== undefined && !(REGIONS as readonly string[]).includes(opts.region)) {
        const s = closest(opts.region, REGIONS);
        throw new UsageError(`--region: unknown region "${opts.region}"${s ? ` (did you mean "${s}"?)` : ""}`);
      }
      const tables = loadTables(opts.tables);
      for (const table of tables.policies.values()) {
        if (table.kind === "reference") continue;
        if (opts.region && !appliesToRegion(table, opts.region)) continue;
        const reader = new ParamReader(table);
        const on = opts.on;
        // A figure-less table is in force within its basis documents' windows.
        const basisInForce = (date: string) => (table.basis ?? []).some((b) => b.document.valid !== undefined && b.document.valid.from <= date && (b.document.valid.to === null || date <= b.document.valid.to));
        if (on && ![...table.parameters.keys()].some((p) => reader.inForce(p, on)) && !basisInForce(on)) continue;
        io.out(`${table.id.padEnd(36)} ${table.jurisdiction.padEnd(12)} ${table.kind.padEnd(13)} ${table.title.zh}\n`);
      }
    });
  policies
    .command("show")
    .description("one policy: parameters with dated values, citations and quotes")
    .argument("<id>")
    .option("--tables <dir>", "rate tables folder", DEFAULT_TABLES)
    .action((id: string, opts: { tables: string }) => {
      const tables = loadTables(opts.tables);
      const table = tables.policies.get(id);
      if (!table) {
        const s = closest(id, tables.policies.keys());
        throw new UsageError(`unknown policy "${id}"${s ? ` (did you mean "${s}"?)` : ""}`);
      }
      io.out(`${table.id}  ${table.title.zh} / ${table.title.en}\n${table.jurisdiction} · ${table.kind} · ${table.file}\n`);
      for (const p of table.parameters.values()) {
        io.out(`\n${p.name} (${p.unit}${p.bound ? `, ${p.bound}` : ""}): ${p.description.zh} / ${p.description.en}\n`);
        for (const e of p.entries) io.out(`  ${e.from}  ${e.written ?? "ends"}  ${citationShort({ ...e.cite.document, article: e.cite.article })}\n    “${e.cite.quote}”\n`);
      }
      for (const b of table.basis ?? []) {
        const window = b.document.valid ? `${b.document.valid.from} – ${b.document.valid.to ?? "…"}` : "no stated window";
        io.out(`\nbasis (no figure; ${window}): ${citationShort({ ...b.document, article: b.article })}\n    “${b.quote}”\n`);
      }
      if (table.award) {
        const { shape, rules, conditions, districts } = table.award;
        io.out(`\naward shape: ${shape} (docs/awards.md)\n`);
        for (const c of conditions) io.out(`  condition: ${JSON.stringify(c)}\n`);
        if (districts) io.out(`  districts: ${districts.in.join("、")}${districts.unless ? ` (unless ${districts.unless})` : ""}\n`);
        for (const r of rules) io.out(`  rule ${r.rule}${r.group ? ` [${r.group}]` : ""}: ${r.quote ? `“${r.quote}”` : `reading ${r.reading ?? ""}`}\n`);
      }
      for (const r of table.readings) io.out(`\nreading ${r.id}: ${r.text.zh}\n  ${r.text.en}\n`);
    });
  return policies;
}
