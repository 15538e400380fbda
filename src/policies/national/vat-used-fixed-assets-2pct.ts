/**
 * 销售自己使用过的固定资产减按2% (restated by 石政发〔2017〕7号 附件16): each qualifying sale is taxed
 * at 2% instead of the 3% levy rate; saving = price ÷ (1 + 3%) × (3% − 2%).
 */
import { type Decimal, formatCompact, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { type Draft, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";

export const vatUsedFixedAssets2pct: StandalonePolicy = {
  stage: "standalone",
  reads: ["reduced_rate"],
  readsGeneral: ["small_scale_levy_rate"],
  evaluate(ctx): Draft {
    const { params, general, company, period } = ctx;
    const sales = (company.vat?.used_fixed_asset_sales ?? []).filter((s) => s.date >= period.from && s.date <= period.to);
    if (sales.length === 0) {
      return notEligible("本期未填报销售自己使用过的固定资产（vat.used_fixed_asset_sales）", "no sale of own used fixed assets in the period (vat.used_fixed_asset_sales)");
    }
    const savings: Decimal[] = [];
    const terms: string[] = [];
    const reasons: Text[] = [];
    for (const sale of sales) {
      if (!params.inForce("reduced_rate", sale.date)) {
        reasons.push(text(`${sale.name}：${sale.date}不在2017-02-25至2020-12-31之间`, `${sale.name}: ${sale.date} is outside 2017-02-25..2020-12-31`));
        continue;
      }
      const levy = general.at("small_scale_levy_rate", sale.date);
      const reduced = params.at("reduced_rate", sale.date);
      const saving = sale.price_incl_vat.div(levy.plus(1)).times(levy.minus(reduced));
      savings.push(saving);
      const levyWritten = general.written("small_scale_levy_rate", sale.date);
      terms.push(`${formatCompact(sale.price_incl_vat)} ÷ (1 + ${levyWritten}) × (${levyWritten} − ${params.written("reduced_rate", sale.date)})`);
      reasons.push(text(`${sale.name}：${sale.date}销售，含税价${formatCompact(sale.price_incl_vat)}`, `${sale.name}: sold ${sale.date} for ${formatCompact(sale.price_incl_vat)} including VAT`));
    }
    if (savings.length === 0) return notInForce("销售日不在表值期间内", "no sale falls within the values' dates");
    const total = sum(savings);
    const formula = `${terms.join(" + ")} = ${formatCompact(total)}`;
    return { status: "applied", amount: total, formula: text(formula, formula), reasons };
  },
};
