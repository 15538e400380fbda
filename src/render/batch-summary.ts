/**
 * The batch summary for the terminal (standard error): one column per scenario, one row per policy
 * with an amount, then the total, the change against the baseline, how many companies gain, lose
 * or stay the same, and the facts most often missing. Chinese labels by default, amounts in yuan
 * with separators, as `calc`'s table.
 * `--summary FILE` writes the same figures as JSON instead (batch/summary.ts).
 */
import Table from "cli-table3";
import type { SummaryJson } from "../batch/summary.js";
import type { Text } from "../core/result.js";
import { displayAmount } from "./amount.js";
import { BATCH_HEAD, HEAD, type Lang } from "./labels.js";

/** The facts most often missing shown in the table; --summary FILE lists them all. */
const MISSING_SHOWN = 8;

/** A count of companies, grouped by threes as the amounts are (and as the progress bar counts rows): `800,331`. */
const count = (n: number): string => n.toLocaleString("en-US");

/**
 * `titles`: each policy's title, in table order, for the row label above its id (a policy without
 * one shows its id alone, after the others).
 */
export function renderBatchSummary(summary: SummaryJson, titles: ReadonlyMap<string, Text>, lang: Lang): string {
  const scenarios = summary.scenarios;
  const table = new Table({
    head: [BATCH_HEAD.scenario[lang], ...scenarios.map((s) => s.name)],
    colAligns: ["left", ...scenarios.map(() => "right" as const)],
    style: { head: [], border: [] },
  });
  // Each policy some scenario counts an amount for, once, in the order of `titles` (table order).
  const counted = new Set(scenarios.flatMap((s) => Object.keys(s.policies)));
  const policies = [...[...titles.keys()].filter((p) => counted.has(p)), ...[...counted].filter((p) => !titles.has(p))];
  for (const policy of policies) {
    const title = titles.get(policy)?.[lang];
    table.push([title ? `${title}\n${policy}` : policy, ...scenarios.map((s) => displayAmount(s.policies[policy] ?? null, "元"))]);
  }
  if (policies.length === 0) table.push([BATCH_HEAD.none[lang], ...scenarios.map(() => "—")]);
  table.push([HEAD.total[lang], ...scenarios.map((s) => displayAmount(s.total, "元"))]);
  if (scenarios.length > 1) {
    table.push([BATCH_HEAD.delta[lang], ...scenarios.map((s) => displayAmount(s.delta, "元"))]);
    table.push([BATCH_HEAD.companies[lang], ...scenarios.map((s) => (s.gaining === null || s.losing === null || s.unchanged === null ? "—" : `${count(s.gaining)} / ${count(s.losing)} / ${count(s.unchanged)}`))]);
  }
  if (scenarios.some((s) => s.incomplete > 0)) table.push([BATCH_HEAD.incomplete[lang], ...scenarios.map((s) => count(s.incomplete))]);
  // What to collect: the facts most rows lack under any scenario (most first, ties by name), with each scenario's count.
  const most = (fact: string) => Math.max(...scenarios.map((s) => s.missing[fact] ?? 0));
  const facts = [...new Set(scenarios.flatMap((s) => Object.keys(s.missing)))].sort((a, b) => most(b) - most(a) || (a < b ? -1 : 1));
  if (facts.length > 0) {
    table.push([BATCH_HEAD.missing[lang], ...scenarios.map(() => "")]);
    for (const fact of facts.slice(0, MISSING_SHOWN)) table.push([`  ${fact}`, ...scenarios.map((s) => count(s.missing[fact] ?? 0))]);
    if (facts.length > MISSING_SHOWN) table.push([BATCH_HEAD.more[lang].replace("{n}", count(facts.length)), ...scenarios.map(() => "")]);
  }
  // As under calc's table: what a later run must match to reproduce these figures.
  const hashes = scenarios.map((s) => `${s.name} ${(summary.tables_hash[s.name] ?? "?").slice(0, 12)}`).join(", ");
  return `${table.toString()}\n${summary.tool.name} ${summary.tool.version} · tables ${hashes}\n`;
}
