/**
 * 失业保险费率2%→1.5% (restated by 石政发〔2017〕7号 附件21): for contribution bases falling between
 * 2016-05-01 and 2018-04-30, saving = base × (2% − 1.5%). Bases given for longer spans are split by days.
 */
import { type Decimal, formatCompact, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { type Draft, needsInput, notInForce, type StandalonePolicy, text } from "../types.js";
import { slices } from "../vat-periods.js";

export const siUnemploymentRateCut: StandalonePolicy = {
  stage: "standalone",
  reads: ["rate_before", "rate"],
  evaluate(ctx): Draft {
    const { params, company, period } = ctx;
    const changes = params.changeDates("rate");
    // The window is the table's: from the first value to the ending (`null`), open if the table gives none.
    const [start, end] = changes;
    if (!start || period.to < start || (end !== undefined && period.from >= end)) {
      return notInForce(`降费自${start ?? "?"}起${end ? `，${end}起不再适用` : ""}`, `the cut applies from ${start ?? "?"}${end ? `, no longer from ${end}` : ""}`);
    }
    const bases = company.social_insurance?.unemployment_base;
    if (!bases) return needsInput(["social_insurance.unemployment_base"], "需要失业保险缴费基数", "the unemployment-insurance contribution base is needed");
    const savings: Decimal[] = [];
    const terms: string[] = [];
    const reasons: Text[] = [];
    let estimated = false;
    for (const base of bases) {
      for (const slice of slices(base, period, changes)) {
        const date = slice.part.from;
        if (!params.inForce("rate", date)) continue;
        const amount = base.base.times(slice.share);
        estimated ||= slice.cut;
        savings.push(amount.times(params.at("rate_before", date).minus(params.at("rate", date))));
        terms.push(`${formatCompact(amount)} × (${params.written("rate_before", date)} − ${params.written("rate", date)})`);
        reasons.push(text(`${slice.part.from}至${slice.part.to}：缴费基数${formatCompact(amount)}${slice.cut ? "（按天数拆分，估算）" : ""}`, `${slice.part.from}..${slice.part.to}: base ${formatCompact(amount)}${slice.cut ? " (split by days, estimated)" : ""}`));
      }
    }
    if (savings.length === 0) return needsInput(["social_insurance.unemployment_base"], "降费期间内没有填报缴费基数", "no contribution base falls in the cut's dates");
    const total = sum(savings);
    const formula = `${terms.join(" + ")} = ${formatCompact(total)}`;
    return { status: "applied", amount: total, formula: text(formula, formula), reasons, estimated };
  },
};
