/**
 * Impact replay: every golden company and case is calculated under the old and the new tables,
 * and each item whose status or amount moves is reported with the parameter changes that caused it
 * (the changed parameters the item itself used; failing that, those its result used: a change
 * that reaches the item through the income-tax waterfall).
 */
import { calculate } from "../core/calculate.js";
import type { Period } from "../core/dates.js";
import { dec } from "../core/money.js";
import type { CalculationResult, LineItem, Status, Text } from "../core/result.js";
import type { Company } from "../input/company-schema.js";
import type { TableSet } from "../tables/model.js";
import { applyOverrides, type ParameterOverride } from "../tables/overrides.js";

export interface Subject {
  /** `fixtures/companies/x.yaml` or `fixtures/cases/…/y.yaml: case name`. */
  readonly label: string;
  readonly company: Company;
  readonly period: Period;
  readonly overrides?: readonly ParameterOverride[];
}

export interface ItemState {
  readonly status: Status | "absent";
  readonly amount: string | null;
}

export interface Movement {
  readonly subject: string;
  readonly period: Period;
  readonly policy: string;
  readonly title: Text;
  readonly before: ItemState;
  readonly after: ItemState;
  /** after − before, when both have amounts. */
  readonly delta: string | null;
  /** `policy.parameter` changes behind the move. */
  readonly causes: readonly string[];
  /** True when the item did not use a changed parameter itself (it moved through another item). */
  readonly indirect: boolean;
}

export interface ImpactReport {
  readonly subjects: number;
  readonly movedSubjects: number;
  readonly movements: Movement[];
  /** Subjects that could not be calculated under one side, with why. */
  readonly errors: { readonly subject: string; readonly side: "before" | "after"; readonly message: string }[];
}

type Tool = { readonly name: string; readonly version: string };

export function replay(subjects: readonly Subject[], base: TableSet, head: TableSet, changed: ReadonlySet<string>, tool: Tool): ImpactReport {
  const movements: Movement[] = [];
  const errors: ImpactReport["errors"][number][] = [];
  let movedSubjects = 0;
  for (const subject of subjects) {
    const run = (tables: TableSet, side: "before" | "after"): CalculationResult | undefined => {
      try {
        const withOverrides = subject.overrides?.length ? applyOverrides(tables, { name: subject.label, source: "case", parameters: subject.overrides, disable: [] }) : tables;
        return calculate(subject.company, withOverrides, { period: subject.period, tool });
      } catch (error) {
        errors.push({ subject: subject.label, side, message: error instanceof Error ? error.message : String(error) });
        return undefined;
      }
    };
    const before = run(base, "before");
    const after = run(head, "after");
    if (!before || !after) continue;
    const moved = compare(subject, before, after, changed);
    if (moved.length > 0) movedSubjects += 1;
    movements.push(...moved);
  }
  return { subjects: subjects.length, movedSubjects, movements, errors };
}

function compare(subject: Subject, before: CalculationResult, after: CalculationResult, changed: ReadonlySet<string>): Movement[] {
  const out: Movement[] = [];
  const usedBy = (items: readonly (LineItem | undefined)[]) => new Set(items.flatMap((i) => i?.citations.map((c) => c.parameter) ?? []));
  const resultWide = [...usedBy([...before.items, ...after.items])].filter((p) => changed.has(p)).sort();
  const policies = [...new Set([...before.items.map((i) => i.policy), ...after.items.map((i) => i.policy)])];
  for (const policy of policies) {
    const b = before.items.find((i) => i.policy === policy);
    const a = after.items.find((i) => i.policy === policy);
    const bs: ItemState = b ? { status: b.status, amount: b.amount } : { status: "absent", amount: null };
    const as: ItemState = a ? { status: a.status, amount: a.amount } : { status: "absent", amount: null };
    if (bs.status === as.status && bs.amount === as.amount) continue;
    const own = [...usedBy([b, a])].filter((p) => changed.has(p) || (!a && p.startsWith(`${policy}.`))).sort();
    const title = (a ?? b)?.title ?? { zh: policy, en: policy };
    out.push({
      subject: subject.label,
      period: subject.period,
      policy,
      title,
      before: bs,
      after: as,
      delta: bs.amount !== null && as.amount !== null ? dec(as.amount).minus(dec(bs.amount)).toFixed(2) : null,
      causes: own.length > 0 ? own : resultWide,
      indirect: own.length === 0,
    });
  }
  return out;
}
