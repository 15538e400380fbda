/**
 * Several parts, each a percentage of its own base, capped by a share of another figure, summed
 * (Hebei tech-SME loan risk compensation: 70% of credit-loan losses ≤ 4% of those loans issued,
 * plus 50% of other losses ≤ 3% of all tech-SME loans issued). A part whose base is zero adds nothing.
 */
import { type Decimal, formatCompact, formatPercent, min, sum, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, needsInput, notEligible } from "../types.js";
import type { AwardContext } from "./context.js";
import { figure, figureLabel } from "./facts.js";

type Spec = Extract<AwardSpec, { shape: "percent-parts" }>;

export function percentParts(ctx: AwardContext, spec: Spec): Draft {
  const { params, readDate, year, company } = ctx;
  const missing: string[] = [];
  const read = (names: readonly Spec["parts"][number]["base"][number][]): Decimal =>
    sum(
      names.map((name) => {
        const r = figure(company, name, year);
        if (r.value === undefined) missing.push(r.path);
        return r.value ?? ZERO;
      }),
    );
  const values = spec.parts.map((p) => ({ part: p, base: read(p.base), capBase: read(p.cap_base) }));
  if (missing.length > 0) return needsInput([...new Set(missing)], "计算须有各部分的基数及封顶基数", "needs each part's base and the figures its cap is a share of");
  let anyCut = false;
  const lines: { amount: Decimal; zh: string; en: string }[] = [];
  const reasons: Text[] = [];
  for (const { part, base, capBase } of values) {
    const label = part.base.map((b) => figureLabel(b));
    const capLabel = part.cap_base.map((b) => figureLabel(b));
    const rate = params.at(part.rate, readDate);
    const capRate = params.at(part.cap_rate, readDate);
    const raw = base.times(rate);
    const cap = capBase.times(capRate);
    const amount = min(raw, cap);
    const cut = raw.gt(cap);
    anyCut ||= cut;
    const capText = `${formatCompact(capBase)} × ${formatPercent(capRate)} = ${formatCompact(cap)}`;
    lines.push({
      amount,
      zh: `min(${formatCompact(base)} × ${formatPercent(rate)} = ${formatCompact(raw)}，上限 ${capText}) = ${formatCompact(amount)}`,
      en: `min(${formatCompact(base)} × ${formatPercent(rate)} = ${formatCompact(raw)}, cap ${capText}) = ${formatCompact(amount)}`,
    });
    reasons.push({
      zh: `${label.map((l) => l.zh).join(" + ")} × ${formatPercent(rate)}，不超过${capLabel.map((l) => l.zh).join(" + ")}的 ${formatPercent(capRate)}${cut ? "（封顶）" : ""}`,
      en: `${label.map((l) => l.en).join(" + ")} × ${formatPercent(rate)}, at most ${formatPercent(capRate)} of ${capLabel.map((l) => l.en).join(" + ")}${cut ? " (cap binds)" : ""}`,
    });
  }
  const total = sum(lines.map((l) => l.amount));
  if (total.isZero()) return notEligible(`${year}年各部分均为零`, `every part is zero in ${year}`);
  const tail = lines.length > 1 ? ` = ${formatCompact(total)}` : "";
  return {
    status: anyCut ? "capped" : "applied",
    amount: total,
    formula: { zh: `${lines.map((l) => l.zh).join(" + ")}${tail}`, en: `${lines.map((l) => l.en).join(" + ")}${tail}` },
    reasons,
  };
}
