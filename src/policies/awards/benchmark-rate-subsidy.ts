/**
 * Benchmark-rate subsidy (Shiyan smart retrofit): investment × the bank benchmark rate (× a factor
 * such as 50% for ordinary equipment), within a yearly cap. The text does not state the rate, so it
 * is the company's input (`rates.<name>.<year>`, in percent), never a guess.
 */
import { Decimal, formatCompact, formatPercent, sum, ZERO } from "../../core/money.js";
import { RATES } from "../../input/award-facts.js";
import type { AwardSpec } from "../../tables/award-schema.js";
import { type Draft, needsInput, notEligible } from "../types.js";
import { applyCap } from "./capped.js";
import type { AwardContext } from "./context.js";
import { figure, rate as rateOf } from "./facts.js";

type Spec = Extract<AwardSpec, { shape: "benchmark-rate-subsidy" }>;

export function benchmarkRateSubsidy(ctx: AwardContext, spec: Spec): Draft {
  const { params, readDate, year, company } = ctx;
  const benchmark = rateOf(company, spec.rate, year);
  const reads = spec.parts.map((p) => ({ part: p, read: figure(company, p.figure, year) }));
  const missing = [...(benchmark.value === undefined ? [benchmark.path] : []), ...reads.filter((r) => r.read.value === undefined).map((r) => r.read.path)];
  if (missing.length > 0) return needsInput(missing, `须有${RATES[spec.rate].zh}及投资额`, `needs the ${RATES[spec.rate].en} and the investment`);
  const r = new Decimal(benchmark.value ?? 0).div(100);
  const terms = reads.map(({ part, read }) => {
    const factor = part.factor ? params.at(part.factor, readDate) : new Decimal(1);
    const value = (read.value ?? ZERO).times(r).times(factor);
    const text = `${formatCompact(read.value ?? ZERO)} × ${formatPercent(r)}${part.factor ? ` × ${formatPercent(factor)}` : ""}`;
    return { value, text };
  });
  const raw = sum(terms.map((t) => t.value));
  if (raw.isZero()) return notEligible("无符合条件的设备投资", "no qualifying investment");
  const cap = applyCap(ctx, raw, spec.cap);
  const formula = terms.map((t) => t.text).join(" + ");
  return {
    status: cap.capped ? "capped" : "applied",
    amount: cap.amount,
    formula: { zh: `${formula} = ${formatCompact(raw)}${cap.note?.zh ?? ""}`, en: `${formula} = ${formatCompact(raw)}${cap.note?.en ?? ""}` },
    reasons: [{ zh: `基准利率 ${formatPercent(r)}（企业提供）`, en: `benchmark rate ${formatPercent(r)} (company input)` }],
  };
}
