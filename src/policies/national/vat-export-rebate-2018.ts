/**
 * 2018年出口退税率调整: 财税〔2018〕32号 四、五 (17→16, 11→10 from 2018-05-01 where the rebate rate
 * equalled the VAT rate; producers and old-rate traders keep the old rate to 2018-07-31) and
 * 财税〔2018〕123号 三 (other products 15→16, 9→10, 5→6 from 2018-11-01). Amount = base × (rate
 * after − rate before the 2018 changes), by export date; listed products are not computable.
 */
import { type Decimal, dec, formatCompact, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { ParamReader } from "../../tables/params.js";
import { type Draft, needsInput, notEligible, type StandalonePolicy, text } from "../types.js";
import { slices } from "../vat-periods.js";

const PATH = "vat.exports";
/** The parameters whose dates can change this product's rate: split its base only there. */
function relevantChanges(params: ParamReader, exp: Export): string[] {
  const band = exp.rebate_rate_before === 17 || exp.rebate_rate_before === 11 ? String(exp.rebate_rate_before) : undefined;
  const names = band ? [`rate_${band}_to`, `after_transition_${band}_to`] : [`uplift_${exp.rebate_rate_before}_to`];
  return names.filter((name) => params.table.parameters.has(name)).flatMap((name) => params.changeDates(name));
}

interface Export {
  readonly rebate_rate_before: number;
  readonly tax_rate_before?: number | undefined;
  readonly producer: boolean;
  readonly purchased_at_new_rate?: boolean | undefined;
}

/** The rebate rate (as a percentage number) on `date`, and the parameters that set it. */
function rateOn(params: ParamReader, exp: Export, date: string): { rate: Decimal; used: string[] } {
  let rate = dec(exp.rebate_rate_before);
  const used: string[] = [];
  const band = exp.rebate_rate_before === 17 || exp.rebate_rate_before === 11 ? String(exp.rebate_rate_before) : undefined;
  if (band && exp.tax_rate_before === exp.rebate_rate_before) {
    const transitional = exp.producer || exp.purchased_at_new_rate !== true;
    const name = transitional ? `after_transition_${band}_to` : `rate_${band}_to`;
    if (params.inForce(name, date)) {
      rate = params.at(name, date).times(100);
      used.push(name);
    }
  }
  const uplift = `uplift_${rate.toFixed()}_to`;
  if (params.table.parameters.has(uplift) && params.inForce(uplift, date)) {
    rate = params.at(uplift, date).times(100);
    used.push(uplift);
  }
  return { rate, used };
}

export const vatExportRebate2018: StandalonePolicy = {
  stage: "standalone",
  reads: ["rate_17_to", "rate_11_to", "after_transition_17_to", "after_transition_11_to", "uplift_15_to", "uplift_9_to", "uplift_5_to"],
  evaluate(ctx): Draft {
    const { params, company, period } = ctx;
    const exports = (company.vat?.exports ?? []).map((exp, index) => ({ exp, index }));
    if (exports.length === 0) return notEligible(`未填报出口（${PATH}）`, `no exports given (${PATH})`);
    const missing: string[] = [];
    const amounts: Decimal[] = [];
    const terms: string[] = [];
    const reasons: Text[] = [];
    let estimated = false;
    for (const { exp, index } of exports) {
      if (exp.listed_product === true) {
        reasons.push(text(`${exp.name}：列入清单的产品或豆粕，清单和原退税率未载于种子文件，未计算`, `${exp.name}: a listed product or soybean meal; the list and former rates are not in the seeds, not computed`));
        continue;
      }
      const band = exp.rebate_rate_before === 17 || exp.rebate_rate_before === 11;
      if (band && exp.tax_rate_before === undefined) {
        missing.push(`${PATH}.${index}.tax_rate_before`);
        continue;
      }
      if (band && !exp.producer && exp.purchased_at_new_rate === undefined && exp.from < "2018-08-01") {
        missing.push(`${PATH}.${index}.purchased_at_new_rate`);
        continue;
      }
      for (const slice of slices(exp, period, relevantChanges(params, exp))) {
        const { rate, used } = rateOn(params, exp, slice.part.from);
        if (used.length === 0) continue;
        const change = rate.minus(exp.rebate_rate_before);
        if (change.isZero()) continue;
        const base = exp.base.times(slice.share);
        estimated ||= slice.cut;
        amounts.push(base.times(change).div(100));
        terms.push(`${formatCompact(base)} × (${rate.toFixed()}% − ${exp.rebate_rate_before}%)`);
        reasons.push(
          text(
            `${exp.name} ${slice.part.from}至${slice.part.to}：退税率${exp.rebate_rate_before}%→${rate.toFixed()}%${slice.cut ? "（按天数拆分，估算）" : ""}`,
            `${exp.name} ${slice.part.from}..${slice.part.to}: rebate ${exp.rebate_rate_before}% → ${rate.toFixed()}%${slice.cut ? " (split by days, estimated)" : ""}`,
          ),
        );
      }
    }
    if (missing.length > 0) return needsInput(missing, "需要调整前的增值税税率，外贸企业还需购进时的税率", "the former VAT rate is needed, and for traders the rate their purchases bore");
    if (amounts.length === 0) {
      return { status: "not-eligible", formula: text("—", "—"), reasons: [...reasons, text("本期出口的退税率未因2018年调整而变化", "no rebate rate in the period changed under the 2018 notices")] };
    }
    const total = sum(amounts);
    const formula = `${terms.join(" + ")} = ${formatCompact(total)}`;
    return { status: "applied", amount: total, formula: text(formula, formula), reasons, estimated };
  },
};
