/**
 * 转登记为小规模纳税人 (财税〔2018〕33号, 公告2018年第18号): a general taxpayer whose taxable sales of
 * the 12 months before the conversion date are at most 500万 may convert until 2018-12-31.
 * An option, not an amount: the line says whether it is open.
 */
import { formatCompact } from "../../core/money.js";
import { type Draft, needsInput, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";

export const vatSmallScaleConversion2018: StandalonePolicy = {
  stage: "standalone",
  reads: ["conversion_threshold", "small_scale_standard"],
  evaluate(ctx): Draft {
    const { params, company, period } = ctx;
    const vat = company.vat;
    const windowOpen = params.inForce("conversion_threshold", period.from) || params.inForce("conversion_threshold", period.to);
    if (!windowOpen && vat?.conversion === undefined) return notInForce("转登记期限为2018-05-01至2018-12-31", "conversion was open 2018-05-01..2018-12-31");
    if (vat?.taxpayer === "small-scale") return notEligible("已是小规模纳税人", "already a small-scale taxpayer");
    if (!vat?.conversion) {
      return needsInput(["vat.conversion.prior_sales", "vat.conversion.date"], "判断能否转登记需要", "deciding the conversion right needs");
    }
    const { date, prior_sales, months_operated } = vat.conversion;
    if (!params.inForce("conversion_threshold", date)) {
      return notInForce(`转登记日${date}不在2018-05-01至2018-12-31之间`, `conversion date ${date} is outside 2018-05-01..2018-12-31`);
    }
    const annualised = months_operated === undefined ? prior_sales : prior_sales.div(months_operated).times(12);
    const limit = params.written("conversion_threshold", date);
    const standard = params.written("small_scale_standard", date);
    const formula =
      months_operated === undefined
        ? `${formatCompact(prior_sales)} ≤ ${limit}`
        : `${formatCompact(prior_sales)} ÷ ${months_operated} × 12 = ${formatCompact(annualised)} ≤ ${limit}`;
    if (!params.satisfies("conversion_threshold", date, annualised)) {
      return notEligible(`转登记日前12个月应税销售额${formatCompact(annualised)}超过${limit}`, `sales of the 12 months before conversion ${formatCompact(annualised)} exceed ${limit}`, text(formula, formula));
    }
    return {
      status: "applied",
      formula: text(formula, formula),
      reasons: [
        text(
          `可于2018年12月31日前转登记为小规模纳税人（标准：年应征增值税销售额${standard}及以下）；未抵扣进项税额转入待抵扣进项税额`,
          `may re-register as small-scale by 2018-12-31 (standard: annual taxable sales up to ${standard}); uncredited input VAT moves to 待抵扣进项税额`,
        ),
      ],
    };
  },
};
