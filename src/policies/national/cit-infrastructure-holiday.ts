/**
 * 公共基础设施项目“三免三减半” (财税〔2008〕46号 一): a project approved from 2008 has its income
 * exempt in years 1–3 counted from the year of its first operating revenue, and halved in years 4–6.
 * Order 36: an income reduction (所得减免), beside technology transfer (35), before losses.
 */
import { type Decimal, formatCompact, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { type DeductionPolicy, needsInput, notEligible, text } from "../types.js";

export const citInfrastructureHoliday: DeductionPolicy = {
  stage: "deduction",
  reads: ["exempt_through_year", "half_through_year"],
  order: 36,
  evaluate(ctx) {
    const { params, company, year } = ctx;
    const projects = (company.income_tax?.infrastructure_projects ?? []).map((project, index) => ({ project, index }));
    if (projects.length === 0) {
      return notEligible("未填报公共基础设施项目（income_tax.infrastructure_projects）", "no public infrastructure project reported (income_tax.infrastructure_projects)");
    }
    const parts: Decimal[] = [];
    const terms: string[] = [];
    const reasons: Text[] = [];
    const missing: string[] = [];
    for (const { project, index } of projects) {
      const approved = project.approved;
      if (!params.inForce("exempt_through_year", approved)) {
        reasons.push(text(`${project.name}：${approved}批准，不在2008年1月1日后`, `${project.name}: approved ${approved}, not from 2008-01-01`));
        continue;
      }
      const n = year - project.first_revenue_year + 1;
      const exemptThrough = params.at("exempt_through_year", approved).toNumber();
      const halfThrough = params.at("half_through_year", approved).toNumber();
      if (n < 1 || n > halfThrough) {
        reasons.push(text(`${project.name}：${year}年是第${n}年，不在第1至${halfThrough}年内`, `${project.name}: ${year} is year ${n}, outside years 1–${halfThrough}`));
        continue;
      }
      if (project.income === undefined) {
        missing.push(`income_tax.infrastructure_projects.${index}.income`);
        continue;
      }
      if (!project.income.isPositive()) {
        reasons.push(text(`${project.name}：本年项目所得${formatCompact(project.income)}，无可减免`, `${project.name}: project income ${formatCompact(project.income)}, nothing to relieve`));
        continue;
      }
      const exempt = n <= exemptThrough;
      const part = exempt ? project.income : project.income.div(2);
      parts.push(part);
      terms.push(exempt ? formatCompact(project.income) : `${formatCompact(project.income)} ÷ 2`);
      reasons.push(
        exempt
          ? text(`${project.name}：第${n}年（第1至${exemptThrough}年免征）`, `${project.name}: year ${n} (years 1–${exemptThrough} exempt)`)
          : text(`${project.name}：第${n}年（第${exemptThrough + 1}至${halfThrough}年减半）`, `${project.name}: year ${n} (years ${exemptThrough + 1}–${halfThrough} at half)`),
      );
    }
    if (missing.length > 0) return needsInput(missing, "需要项目本年所得", "the project's income this year is needed");
    if (parts.length === 0) return { status: "not-eligible", formula: text("—", "—"), reasons };
    const deduction = sum(parts);
    const formula = `${terms.join(" + ")} = ${formatCompact(deduction)}`;
    return {
      status: "applied",
      deduction,
      formula: text(`减免所得 ${formula}`, `income relieved ${formula}`),
      reasons,
      leftover: text("超出部分不能减免（所得减免以应纳税所得额为限，不结转）", "the rest is lost (the relief is limited to taxable income and does not carry forward)"),
    };
  },
};
