/**
 * `incentive tables diff BASE [HEAD]`: what changed between two table sets (folders or git
 * revisions), and what it does to every golden company and case. Exit 1 when a change listed in
 * --fail-on occurs.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { Command } from "commander";
import { casePeriod } from "../../cases/run.js";
import { taxYearPeriod } from "../../core/dates.js";
import { type ImpactReport, replay, type Subject } from "../../diff/impact.js";
import { CHANGE_CODES, changedParameters, diffTables } from "../../diff/table-diff.js";
import { FindingsError, InputError, UsageError } from "../../errors/problems.js";
import { resolveTables } from "../../io/git-tables.js";
import { loadCompany } from "../../io/load-company.js";
import { findCaseFiles, loadCases } from "../../io/load-cases.js";
import { loadTables } from "../../io/load-tables.js";
import { companySchema } from "../../input/company-schema.js";
import { renderDiffMarkdown, renderDiffText } from "../../render/diff.js";
import { toParameterOverrides } from "../../scenarios/to-overrides.js";
import { DEFAULT_TABLES, type Io, PACKAGE_ROOT, toolInfo } from "../context.js";
import { DEFAULT_CASES } from "./test.js";

const DEFAULT_COMPANIES = join(PACKAGE_ROOT, "fixtures", "companies");
/** `impact`: any golden item moved. */
const FAIL_ON = [...CHANGE_CODES, "impact"] as const;

interface DiffOptions {
  format: string;
  failOn?: string;
  tables: string;
  companies: string;
  cases: string;
}

export function diffSubcommand(io: Io): Command {
  return new Command("diff")
    .description("compare two table sets (folders or git revisions) and replay every golden company under both")
    .argument("<base>", "folder or git revision, e.g. main or HEAD~1")
    .argument("[head]", "folder or git revision (default: the tables folder as it is now)")
    .option("--format <format>", "text | md | json", "text")
    .option("--fail-on <codes>", `comma-separated: exit 1 if any occurs (${FAIL_ON.join(", ")})`)
    .option("--tables <dir>", "the tables folder; with revisions, its path inside the repository", DEFAULT_TABLES)
    .option("--companies <dir>", "golden company files to replay", DEFAULT_COMPANIES)
    .option("--cases <dir>", "golden case files to replay", DEFAULT_CASES)
    .action((baseSpec: string, headSpec: string | undefined, opts: DiffOptions) => {
      if (!["text", "md", "json"].includes(opts.format)) throw new UsageError(`--format: expected text, md or json, found "${opts.format}"`);
      const failOn = parseFailOn(opts.failOn);
      const base = resolveTables(baseSpec, opts.tables);
      const head = headSpec === undefined ? { dir: opts.tables, label: relative(process.cwd(), opts.tables) || "." } : resolveTables(headSpec, opts.tables);
      const baseTables = loadTables(base.dir);
      const headTables = loadTables(head.dir);
      const changes = diffTables(baseTables, headTables);
      const impact: ImpactReport = replay(subjects(opts), baseTables, headTables, changedParameters(changes), toolInfo());
      const report = { base: base.label, head: head.label, changes, impact };
      if (opts.format === "json") io.out(`${JSON.stringify(report, null, 2)}\n`);
      else io.out(opts.format === "md" ? renderDiffMarkdown(report) : renderDiffText(report));
      const hits = failOn.filter((code) => (code === "impact" ? impact.movements.length > 0 : changes.some((c) => c.code === code)));
      if (hits.length > 0) throw new FindingsError(`tables diff: ${hits.join(", ")} (--fail-on)`);
    });
}

function parseFailOn(text: string | undefined): string[] {
  if (text === undefined) return [];
  const codes = text.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = codes.filter((c) => !(FAIL_ON as readonly string[]).includes(c));
  if (unknown.length > 0) throw new UsageError(`--fail-on: unknown ${unknown.join(", ")}; expected some of ${FAIL_ON.join(", ")}`);
  return codes;
}

/** Every golden company file (in its tax year) and every golden case (in its period, with its overrides). */
function subjects(opts: DiffOptions): Subject[] {
  const out: Subject[] = [];
  const shown = (file: string) => relative(process.cwd(), file) || file;
  if (existsSync(opts.companies)) {
    for (const name of readdirSync(opts.companies).filter((n) => /\.(ya?ml|json)$/.test(n)).sort()) {
      const file = join(opts.companies, name);
      const company = loadCompany(file);
      if (company.tax_year === undefined) throw new InputError([{ location: { file }, path: "tax_year", message: "a golden company needs a tax_year to be replayed" }]);
      out.push({ label: shown(file), company, period: taxYearPeriod(company.tax_year) });
    }
  }
  if (existsSync(opts.cases)) {
    for (const c of loadCases(findCaseFiles([opts.cases]))) {
      const company = companySchema.safeParse(c.company);
      if (!company.success) throw new InputError([{ location: { file: c.file, line: c.line }, path: "company", message: `the case's company is invalid: ${company.error.issues[0]?.message ?? ""}` }]);
      out.push({
        label: `${shown(c.file)}:${c.line} ${c.golden.name}`,
        company: company.data,
        period: casePeriod(c.golden),
        ...(c.golden.overrides ? { overrides: toParameterOverrides(c.golden.overrides) } : {}),
      });
    }
  }
  return out;
}
