/**
 * 设备器具一次性扣除: each newly purchased asset (not a building) at or under the unit-value
 * ceiling in force on its purchase date is deducted at once; the extra this year is its unit value
 * less the ordinary depreciation it would have had. A deferral: later years lose that depreciation.
 */
import { type Decimal, formatCompact, positive, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { type DeductionPolicy, needsInput, notEligible, text } from "../types.js";

export const citEquipmentOneTimeDeduction: DeductionPolicy = {
  stage: "deduction",
  reads: ["unit_value_cap", "rd_instrument_unit_value_cap"],
  order: 20,
  evaluate(ctx) {
    const { params, company, year } = ctx;
    const assets = (company.income_tax?.equipment ?? []).map((asset, index) => ({ asset, index }));
    const inYear = assets.filter(({ asset }) => asset.purchased.startsWith(`${year}-`));
    if (inYear.length === 0) {
      return notEligible(`${year}年度无新购进设备`, `no equipment purchased in ${year}`);
    }
    const extras: Decimal[] = [];
    const lines: string[] = [];
    const reasons: Text[] = [];
    const missing: string[] = [];
    for (const { asset, index } of inYear) {
      const path = `income_tax.equipment.${index}`;
      const date = asset.purchased;
      const general = params.inForce("unit_value_cap", date) && params.satisfies("unit_value_cap", date, asset.unit_value);
      // checked only when the general rule fails, so the line cites just the rule that applied
      const rdRule =
        !general &&
        asset.rd_dedicated !== false &&
        params.inForce("rd_instrument_unit_value_cap", date) &&
        params.satisfies("rd_instrument_unit_value_cap", date, asset.unit_value);
      const rdInstrument = rdRule && asset.rd_dedicated === true;
      if (asset.building === true) {
        reasons.push(text(`${asset.name}：房屋、建筑物不适用`, `${asset.name}: buildings and structures do not qualify`));
        continue;
      }
      // Only the R&D-instrument rule could take it (bought in 2017, within its 100万): whether it is one decides.
      if (rdRule && asset.rd_dedicated === undefined) {
        missing.push(`${path}.rd_dedicated`);
        continue;
      }
      if (!general && !rdInstrument) {
        reasons.push(text(`${asset.name}：单位价值${formatCompact(asset.unit_value)}或购进日${date}不在适用范围`, `${asset.name}: unit value ${formatCompact(asset.unit_value)} or purchase date ${date} outside the rule`));
        continue;
      }
      if (asset.ordinary_depreciation === undefined) {
        missing.push(`${path}.ordinary_depreciation`);
        continue;
      }
      const extra = positive(asset.unit_value.minus(asset.ordinary_depreciation));
      extras.push(extra);
      lines.push(`(${formatCompact(asset.unit_value)} − ${formatCompact(asset.ordinary_depreciation)})`);
      reasons.push(
        text(
          `${asset.name}：单位价值${formatCompact(asset.unit_value)}不超过${general ? params.written("unit_value_cap", date) : params.written("rd_instrument_unit_value_cap", date)}，一次性扣除`,
          `${asset.name}: unit value ${formatCompact(asset.unit_value)} within ${general ? params.written("unit_value_cap", date) : params.written("rd_instrument_unit_value_cap", date)}, deducted at once`,
        ),
      );
    }
    if (missing.length > 0) return needsInput(missing, "需要设备的本年一般折旧额或是否专用于研发", "the assets' ordinary depreciation this year, or whether they are dedicated to R&D, is needed");
    if (extras.length === 0) return { status: "not-eligible", formula: text("—", "—"), reasons };
    const deduction = sum(extras);
    const formula = `${lines.join(" + ")} = ${formatCompact(deduction)}`;
    return {
      status: "applied",
      deduction,
      formula: text(`本年多扣除 ${formula}`, `extra deduction this year ${formula}`),
      reasons,
    };
  },
};
