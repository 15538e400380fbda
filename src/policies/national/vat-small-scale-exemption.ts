/**
 * 小规模纳税人增值税减免, by the period the sales belong to:
 * - 2018 (公告2017年第52号): each stream (goods, services) up to 3万 a month / 9万 a quarter is exempt.
 * - 2019–2025 (财税〔2019〕13号, 2021年11号, 2023年1号, 2023年19号): combined sales up to the monthly
 *   limit (a quarter: × 3) are exempt; above it the whole is taxed (a cliff, 以下含本数).
 * - 2026–2027 (增值税法 art. 23, 2026年10号): an 起征点 — only sales BELOW it are exempt.
 * Sales not exempt may still be relieved: the 3% levy cut to 1% (2020-03 on), or all 3% sales
 * exempt (2022-04..12; Hubei 2020-03..2021-03). Savings are measured against the 3% levy rate.
 */
import { filingPeriod } from "../../core/dates.js";
import { type Decimal, detailOn, formatCompact, formatPercent, ZERO } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import type { ParamReader } from "../../tables/params.js";
import { type Draft, needsInput, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";
import { inForceDuring, slices } from "../vat-periods.js";

const STREAMS = [
  ["goods", "货物及劳务", "goods"],
  ["services", "服务及无形资产", "services"],
] as const;

const RELIEFS = ["reduced_levy_rate", "exempt_levy_rate", "hubei_exempt_levy_rate"] as const;
const ALL_PARAMETERS = ["monthly_limit", "combined_monthly_limit", "monthly_threshold", ...RELIEFS];

interface Outcome {
  /** Sales exempt under the monthly (quarterly) test. */
  readonly exempt: Decimal;
  /** Sales taxed: candidates for the levy reliefs. */
  readonly taxed: Decimal;
  readonly inForce: boolean;
  readonly reasons: Text[];
}

/** The monthly/quarterly test in force on the first day of the filing period. */
function thresholdTest(params: ParamReader, label: string, quarterly: boolean, goods: Decimal, services: Decimal, date: string): Outcome {
  const total = goods.plus(services);
  const perStream = quarterly ? "quarterly_limit" : "monthly_limit";
  if (params.inForce(perStream, date)) {
    const limit = params.written(perStream, date);
    let exempt = ZERO;
    let taxed = ZERO;
    const reasons: Text[] = [];
    for (const [stream, zh, en] of STREAMS) {
      const sales = stream === "goods" ? goods : services;
      if (sales.isZero()) continue;
      if (params.satisfies(perStream, date, sales)) {
        exempt = exempt.plus(sales);
        if (detailOn()) reasons.push(text(`${label}${zh}${formatCompact(sales)}≤${limit}，免征`, `${label} ${en} ${formatCompact(sales)} ≤ ${limit}: exempt`));
      } else {
        taxed = taxed.plus(sales);
        if (detailOn()) reasons.push(text(`${label}${zh}${formatCompact(sales)}超过${limit}，全额纳税`, `${label} ${en} ${formatCompact(sales)} over ${limit}: fully taxed`));
      }
    }
    return { exempt, taxed, inForce: true, reasons };
  }
  if (params.inForce("combined_monthly_limit", date)) {
    const monthly = params.at("combined_monthly_limit", date);
    const limit = quarterly ? monthly.times(3) : monthly;
    const written = quarterly ? `${params.written("combined_monthly_limit", date)}×3=${formatCompact(limit)}` : params.written("combined_monthly_limit", date);
    if (total.lte(limit)) {
      return { exempt: total, taxed: ZERO, inForce: true, reasons: [text(`${label}合计销售额${formatCompact(total)}≤${written}，免征`, `${label} combined sales ${formatCompact(total)} ≤ ${written}: exempt`)] };
    }
    return { exempt: ZERO, taxed: total, inForce: true, reasons: [text(`${label}合计销售额${formatCompact(total)}超过${written}，全额纳税`, `${label} combined sales ${formatCompact(total)} over ${written}: fully taxed`)] };
  }
  const threshold = quarterly ? "quarterly_threshold" : "monthly_threshold";
  if (params.inForce(threshold, date)) {
    const written = params.written(threshold, date);
    if (params.satisfies(threshold, date, total)) {
      return { exempt: total, taxed: ZERO, inForce: true, reasons: [text(`${label}合计销售额${formatCompact(total)}未达到起征点${written}，免征`, `${label} combined sales ${formatCompact(total)} below the 起征点 ${written}: exempt`)] };
    }
    return { exempt: ZERO, taxed: total, inForce: true, reasons: [text(`${label}合计销售额${formatCompact(total)}达到起征点${written}，全额纳税`, `${label} combined sales ${formatCompact(total)} reach the 起征点 ${written}: taxed in full`)] };
  }
  return { exempt: ZERO, taxed: total, inForce: false, reasons: [] };
}

export const vatSmallScaleExemption: StandalonePolicy = {
  stage: "standalone",
  reads: ["monthly_limit", "quarterly_limit", "combined_monthly_limit", "monthly_threshold", "quarterly_threshold", "reduced_levy_rate", "exempt_levy_rate", "hubei_exempt_levy_rate"],
  readsGeneral: ["small_scale_levy_rate"],
  evaluate(ctx): Draft {
    const { params, company, period, general } = ctx;
    const vat = company.vat;
    const notInForceDraft = notInForce("小规模纳税人减免适用于2018-01-01至2027-12-31所属期", "the small-scale reliefs cover periods from 2018-01-01 to 2027-12-31");
    if (!inForceDuring(params, ALL_PARAMETERS, period)) {
      for (const name of ALL_PARAMETERS) params.citeEnding(name, period.from);
      return notInForceDraft;
    }
    if (vat?.taxpayer === undefined) return needsInput(["vat.taxpayer"], "需要纳税人类型", "the VAT taxpayer type is needed");
    if (vat.taxpayer !== "small-scale") return notEligible("一般纳税人不适用", "general taxpayers do not qualify");
    if (!vat.small_scale) return needsInput(["vat.small_scale.periods"], "需要按月或按季的销售额", "monthly or quarterly sales are needed");
    const { filing, periods } = vat.small_scale;
    const hubei = company.region.split("/")[0] === "hubei";
    const changes = RELIEFS.flatMap((name) => params.changeDates(name));
    let total: Decimal = ZERO;
    let anyInForce = false;
    let estimated = false;
    // Whether any sales were relieved: the line is applied, not "not eligible".
    let relieved = false;
    const terms: string[] = [];
    const reasons: Text[] = [];
    for (const entry of periods) {
      const range = filingPeriod(entry.period);
      if (range.to < period.from || range.from > period.to) continue;
      const quarterly = entry.period.includes("Q");
      if (quarterly !== (filing === "quarterly")) {
        reasons.push(text(`${entry.period}与申报方式（${filing === "monthly" ? "按月" : "按季"}）不符，未计算`, `${entry.period} does not match the ${filing} filing; skipped`));
        continue;
      }
      const levy = general.at("small_scale_levy_rate", range.from);
      const test = thresholdTest(params, entry.period, quarterly, entry.goods ?? ZERO, entry.services ?? ZERO, range.from);
      anyInForce ||= test.inForce;
      reasons.push(...test.reasons);
      if (!test.exempt.isZero()) {
        total = total.plus(test.exempt.times(levy));
        relieved = true;
        // A batch keeps amounts only: it skips writing the terms and reasons.
        if (detailOn()) terms.push(`${formatCompact(test.exempt)} × ${formatPercent(levy)}`);
      }
      if (test.taxed.isZero()) continue;
      for (const slice of slices(range, range, changes)) {
        const date = slice.part.from;
        const sales = test.taxed.times(slice.share);
        const span = slice.cut ? `${slice.part.from}至${slice.part.to}` : entry.period;
        const spanEn = slice.cut ? `${slice.part.from}..${slice.part.to}` : entry.period;
        const cut = slice.cut ? "（按天数拆分，估算）" : "";
        const cutEn = slice.cut ? " (split by days, estimated)" : "";
        const exemptName = hubei && params.inForce("hubei_exempt_levy_rate", date) ? "hubei_exempt_levy_rate" : params.inForce("exempt_levy_rate", date) ? "exempt_levy_rate" : undefined;
        if (exemptName) {
          anyInForce = true;
          estimated ||= slice.cut;
          total = total.plus(sales.times(levy));
          relieved = true;
          if (!detailOn()) continue;
          terms.push(`${formatCompact(sales)} × ${formatPercent(levy)}`);
          const where = exemptName === "hubei_exempt_levy_rate" ? "湖北省" : "";
          reasons.push(text(`${span}${where}适用${params.written(exemptName, date)}征收率的销售额${formatCompact(sales)}免征${cut}`, `${spanEn}${exemptName === "hubei_exempt_levy_rate" ? " Hubei" : ""}: sales at the ${params.written(exemptName, date)} levy rate ${formatCompact(sales)} exempt${cutEn}`));
        } else if (params.inForce("reduced_levy_rate", date)) {
          anyInForce = true;
          estimated ||= slice.cut;
          const reduced = params.at("reduced_levy_rate", date);
          total = total.plus(sales.times(levy.minus(reduced)));
          relieved = true;
          if (!detailOn()) continue;
          terms.push(`${formatCompact(sales)} × (${formatPercent(levy)} − ${params.written("reduced_levy_rate", date)})`);
          reasons.push(text(`${span}应税销售额${formatCompact(sales)}减按${params.written("reduced_levy_rate", date)}征收${cut}`, `${spanEn}: taxed sales ${formatCompact(sales)} at the reduced ${params.written("reduced_levy_rate", date)}${cutEn}`));
        }
      }
    }
    if (!anyInForce) return notInForceDraft;
    if (!relieved) return { status: "not-eligible", formula: text("—", "—"), reasons };
    const formula = `${terms.join(" + ")} = ${formatCompact(total)}`;
    return { status: "applied", amount: total, formula: text(formula, formula), reasons, estimated };
  },
};
