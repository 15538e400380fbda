/**
 * 小规模纳税人免征增值税 (公告2017年第52号): each stream (goods, services) of a month up to 3万, or
 * of a quarter up to 9万, is exempt; above that the whole stream is taxed (a cliff).
 * Saving = exempt sales × the 3% levy rate.
 */
import { filingPeriod } from "../../core/dates.js";
import { type Decimal, formatCompact, formatPercent, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { type Draft, needsInput, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";

export const vatSmallScaleExemption: StandalonePolicy = {
  stage: "standalone",
  reads: ["monthly_limit", "quarterly_limit"],
  readsGeneral: ["small_scale_levy_rate"],
  evaluate(ctx): Draft {
    const { params, company, period, general } = ctx;
    const vat = company.vat;
    if (vat?.taxpayer === undefined) return needsInput(["vat.taxpayer"], "需要纳税人类型", "the VAT taxpayer type is needed");
    if (vat.taxpayer !== "small-scale") return notEligible("一般纳税人不适用", "general taxpayers do not qualify");
    if (!vat.small_scale) return needsInput(["vat.small_scale.periods"], "需要按月或按季的销售额", "monthly or quarterly sales are needed");
    const { filing, periods } = vat.small_scale;
    const limitName = filing === "monthly" ? "monthly_limit" : "quarterly_limit";
    let total: Decimal = ZERO;
    let anyInForce = false;
    const terms: string[] = [];
    const reasons: Text[] = [];
    for (const entry of periods) {
      const range = filingPeriod(entry.period);
      if (range.to < period.from || range.from > period.to) continue;
      const isQuarter = entry.period.includes("Q");
      if (isQuarter !== (filing === "quarterly")) {
        reasons.push(text(`${entry.period}与申报方式（${filing === "monthly" ? "按月" : "按季"}）不符，未计算`, `${entry.period} does not match the ${filing} filing; skipped`));
        continue;
      }
      if (!params.inForce(limitName, range.from)) continue;
      anyInForce = true;
      const limitText = params.written(limitName, range.from);
      const levy = general.at("small_scale_levy_rate", range.from);
      for (const [stream, zh, en] of [["goods", "货物及劳务", "goods"], ["services", "服务及无形资产", "services"]] as const) {
        const sales = entry[stream];
        if (sales === undefined || sales.isZero()) continue;
        if (params.satisfies(limitName, range.from, sales)) {
          total = total.plus(sales.times(levy));
          terms.push(`${formatCompact(sales)} × ${formatPercent(levy)}`);
          reasons.push(text(`${entry.period}${zh}${formatCompact(sales)}≤${limitText}，免征`, `${entry.period} ${en} ${formatCompact(sales)} ≤ ${limitText}: exempt`));
        } else {
          reasons.push(text(`${entry.period}${zh}${formatCompact(sales)}超过${limitText}，全额纳税`, `${entry.period} ${en} ${formatCompact(sales)} over ${limitText}: fully taxed`));
        }
      }
    }
    if (!anyInForce) return notInForce("免征政策执行期为2018-01-01至2020-12-31", "the exemption runs 2018-01-01..2020-12-31");
    if (terms.length === 0) return { status: "not-eligible", formula: text("—", "—"), reasons };
    const formula = `${terms.join(" + ")} = ${formatCompact(total)}`;
    return { status: "applied", amount: total, formula: text(formula, formula), reasons };
  },
};
