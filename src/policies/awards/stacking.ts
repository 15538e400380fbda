/**
 * Group stacking rules, applied in one pass after every item is drafted: group-highest-only keeps
 * the largest counted item of a group and marks the others `excluded-by-stacking`; group-yearly-cap
 * cuts the group's items, in table order, so their sum stays within the cap (`capped`). Each cut or
 * removed item names the rule and its citation. Items of tables without a group are untouched
 * (province and city awards for the same event both apply unless a text says otherwise).
 */
import { type Decimal, dec, fenString, formatCompact, max, min, ZERO } from "../../core/money.js";
import { COUNTED, type LineItem, type Text } from "../../core/result.js";
import type { Rule } from "../../tables/award-schema.js";
import type { PolicyTable, TableSet } from "../../tables/model.js";
import { ParamReader } from "../../tables/params.js";
import { ruleText } from "./context.js";

/** Alternative schemes that each give only an "up to" amount are still alternatives: highest-only weighs them too. */
const COUNTED_FOR_HIGHEST: ReadonlySet<string> = new Set([...COUNTED, "ceiling-only"]);

interface GroupRule {
  readonly rule: Rule;
  readonly table: PolicyTable;
}

function groupRules(tables: TableSet, ids: ReadonlySet<string>): Map<string, GroupRule[]> {
  const groups = new Map<string, GroupRule[]>();
  for (const table of tables.policies.values()) {
    if (!ids.has(table.id)) continue;
    for (const rule of table.award?.rules ?? []) {
      if (rule.group === undefined || !rule.rule.startsWith("group-")) continue;
      groups.set(rule.group, [...(groups.get(rule.group) ?? []), { rule, table }]);
    }
  }
  return groups;
}

function withReason(item: LineItem, status: LineItem["status"], amount: Decimal, reason: Text): LineItem {
  return { ...item, status, amount: fenString(amount), reasons: [...item.reasons, reason] };
}

export function applyGroupRules(items: readonly LineItem[], tables: TableSet, readDate: string): LineItem[] {
  const out = [...items];
  const groups = groupRules(tables, new Set(items.map((i) => i.policy)));
  for (const [group, rules] of groups) {
    const members = new Set(rules.map((r) => r.table.id));
    const indices = (statuses: ReadonlySet<string> = COUNTED) =>
      out.map((item, i) => ({ item, i })).filter(({ item }) => members.has(item.policy) && statuses.has(item.status) && item.amount !== null);
    const highest = rules.find((r) => r.rule.rule === "group-highest-only");
    if (highest) {
      const counted = indices(COUNTED_FOR_HIGHEST);
      if (counted.length > 1) {
        const keep = counted.reduce((a, b) => (dec(b.item.amount ?? "0").gt(dec(a.item.amount ?? "0")) ? b : a));
        const rt = ruleText(highest.rule, highest.table, tables.documents);
        for (const { item, i } of counted) {
          if (i === keep.i) continue;
          out[i] = withReason(item, "excluded-by-stacking", dec(item.amount ?? "0"), {
            zh: `与“${keep.item.title.zh}”同组（${group}），只取其一：${rt.zh}`,
            en: `same group (${group}) as "${keep.item.title.en}", only one counts: ${rt.en}`,
          });
        }
      }
    }
    const capRule = rules.find((r) => r.rule.rule === "group-yearly-cap");
    const capReader = capRule ? new ParamReader(capRule.table) : undefined;
    // No counted item, or a cap not in force that year (the items are then not-in-force too): nothing to cut.
    if (capRule?.rule.cap && capReader?.inForce(capRule.rule.cap, readDate) && indices().length > 0) {
      const cap = capReader.at(capRule.rule.cap, readDate);
      const rt = ruleText(capRule.rule, capRule.table, tables.documents);
      let left = cap;
      for (const { item, i } of indices()) {
        const amount = dec(item.amount ?? "0");
        const allowed = max(ZERO, min(amount, left));
        left = left.minus(allowed);
        if (allowed.eq(amount)) continue;
        const status = allowed.isZero() ? "excluded-by-stacking" : "capped";
        out[i] = withReason(item, status, allowed.isZero() ? amount : allowed, {
          zh: `同组（${group}）当年合计上限 ${formatCompact(cap)}，本项由 ${formatCompact(amount)} 减为 ${formatCompact(allowed)}：${rt.zh}`,
          en: `group (${group}) yearly cap ${formatCompact(cap)}: cut from ${formatCompact(amount)} to ${formatCompact(allowed)}: ${rt.en}`,
        });
      }
    }
  }
  return out;
}
