/**
 * A VAT rate cut (财税〔2018〕32号: 17%/11% → 16%/10%; 2019年39号: 16%/10% → 13%/9%). The saving on
 * each slice is sales × (old − new) less purchases × (old − new), each cut measured against the
 * rate it replaced, on the days its table gives the new rate.
 */
import { type Decimal, detailOn, formatCompact, formatPercent, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { type Draft, needsInput, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";
import { inForceDuring, type Slice, slices } from "../vat-periods.js";

const BANDS = [
  { band: "standard", before: "standard_rate_before", after: "standard_rate", zh: "基本税率", en: "standard band" },
  { band: "low", before: "low_rate_before", after: "low_rate", zh: "低税率", en: "low band" },
] as const;

export interface RateCutLabels {
  /** The days the new rates apply, for the not-in-force reason: `2018-05-01..2019-03-31`. */
  readonly window: string;
  /** The rates cut, for the not-eligible reason: `17%/11%`. */
  readonly bands: string;
}

/** A slice's share of a period's amount: the whole of it when the period is not cut. */
function part(amount: Decimal | undefined, slice: Slice): Decimal {
  if (amount === undefined) return ZERO;
  return slice.cut ? amount.times(slice.share) : amount;
}

export function vatRateCut(labels: RateCutLabels): StandalonePolicy {
  return {
    stage: "standalone",
    reads: ["standard_rate_before", "standard_rate", "low_rate_before", "low_rate"],
    evaluate(ctx): Draft {
      const { params, company, period } = ctx;
      const vat = company.vat;
      if (!inForceDuring(params, ["standard_rate"], period)) {
        params.citeEnding("standard_rate", period.from);
        return notInForce(`本次税率调整适用于${labels.window}`, `this cut applies ${labels.window}`);
      }
      if (vat?.taxpayer === "small-scale") return notEligible("小规模纳税人适用征收率，不适用税率调整", "small-scale taxpayers pay the levy rate, not these rates");
      if (!vat?.periods || vat.periods.length === 0) return needsInput(["vat.periods"], "需要分期间的销售额和进项", "sales and purchases by period are needed");
      const changes = params.changeDates("standard_rate");
      let total: Decimal = ZERO;
      let estimated = false;
      let anyInForce = false;
      let anyBand = false;
      const terms: string[] = [];
      const reasons: Text[] = [];
      // Output is netted against input: a period that gives its sales but no purchases at all cannot be
      // priced, since reading them as zero would overstate the saving. Purchases alone are priced (a firm
      // whose sales are all at other rates loses input credit and gains nothing on output).
      const unpriced = new Set<string>();
      for (const [index, input] of vat.periods.entries()) {
        for (const slice of slices(input, period, changes)) {
          const date = slice.part.from;
          if (!params.inForce("standard_rate", date)) continue;
          anyInForce = true;
          if (input.sales !== undefined && input.purchases === undefined) {
            unpriced.add(`vat.periods.${index}.purchases`);
            continue;
          }
          estimated ||= slice.cut;
          for (const b of BANDS) {
            const sales = part(input.sales?.[b.band], slice);
            const purchases = part(input.purchases?.[b.band], slice);
            if (sales.isZero() && purchases.isZero()) continue;
            const diff = params.at(b.before, date).minus(params.at(b.after, date));
            const saving = sales.minus(purchases).times(diff);
            total = total.plus(saving);
            anyBand = true;
            // A batch keeps amounts only: it skips writing the texts.
            if (!detailOn()) continue;
            terms.push(`(${formatCompact(sales)} − ${formatCompact(purchases)}) × (${params.written(b.before, date)} − ${params.written(b.after, date)})`);
            reasons.push(
              text(
                `${slice.part.from}至${slice.part.to}${b.zh}：销售额${formatCompact(sales)}、进项${formatCompact(purchases)}，税率降${formatPercent(diff)}${slice.cut ? "（按天数拆分，估算）" : ""}`,
                `${slice.part.from}..${slice.part.to} ${b.en}: sales ${formatCompact(sales)}, purchases ${formatCompact(purchases)}, rate down ${formatPercent(diff)}${slice.cut ? " (split by days, estimated)" : ""}`,
              ),
            );
          }
        }
      }
      if (!anyInForce) return notInForce(`本次税率调整适用于${labels.window}`, `this cut applies ${labels.window}`);
      if (unpriced.size > 0) {
        return needsInput([...unpriced], "节税额为销项减进项乘以降低的税率，需要同期按税率档的进项（没有则写0）", "the saving nets sales against purchases of the same period: give purchases by band (0 if none)");
      }
      if (!anyBand) return notEligible(`${labels.window}内无${labels.bands}税率的销售或进项`, `no sales or purchases in the ${labels.bands} bands within ${labels.window}`);
      const formula = `${terms.join(" + ")} = ${formatCompact(total)}`;
      return { status: "applied", amount: total, formula: text(formula, formula), reasons, estimated };
    },
  };
}
