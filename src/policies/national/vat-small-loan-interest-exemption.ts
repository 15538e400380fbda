/**
 * 小额贷款利息免征增值税 (财税〔2018〕91号): a lender's interest on loans of at most 1000万 per
 * borrower to small and micro firms is exempt from 2018-09-01 to 2020-12-31 — method 1: the whole
 * interest of a loan priced at most 150% of the benchmark; method 2: the part of any loan's interest
 * within 150% of the benchmark. Saving = exempt interest × the lender's VAT rate on interest.
 */
import { type Decimal, dec, formatCompact, min, sum } from "../../core/money.js";
import type { Text } from "../../core/result.js";
import { type Draft, needsInput, notEligible, notInForce, type StandalonePolicy, text } from "../types.js";
import { slices } from "../vat-periods.js";

const PATH = "vat.small_loans";

export const vatSmallLoanInterestExemption: StandalonePolicy = {
  stage: "standalone",
  reads: ["loan_size_cap", "rate_multiple"],
  evaluate(ctx): Draft {
    const { params, company, period } = ctx;
    const facts = company.vat?.small_loans;
    if (!facts?.loans || facts.loans.length === 0) return notEligible(`未填报小额贷款利息（${PATH}.loans）`, `no small-loan interest given (${PATH}.loans)`);
    const changes = params.changeDates("loan_size_cap");
    const parts = facts.loans.flatMap((loan, index) =>
      slices(loan, period, changes)
        .filter((s) => params.inForce("loan_size_cap", s.part.from))
        .map((slice) => ({ loan, index, slice })),
    );
    if (parts.length === 0) return notInForce("免税期间为2018年9月1日至2020年12月31日", "the exemption runs from 2018-09-01 to 2020-12-31");
    const missing = [
      ...(facts.method === undefined ? [`${PATH}.method`] : []),
      ...(facts.output_rate === undefined ? [`${PATH}.output_rate`] : []),
      ...parts
        .filter(({ loan }) => loan.credit_line === undefined && (loan.contract_amount === undefined || loan.balance === undefined))
        .map(({ index }) => `${PATH}.loans.${index}.credit_line`),
    ];
    if (missing.length > 0 || facts.method === undefined || facts.output_rate === undefined) {
      return needsInput([...new Set(missing)], "需要免税方法、贷款利息的增值税税率和单户授信额度", "the method, the VAT rate on interest and each credit line are needed");
    }
    const outputRate = dec(facts.output_rate).div(100);
    const exempts: Decimal[] = [];
    const terms: string[] = [];
    const reasons: Text[] = [];
    let estimated = false;
    for (const { loan, slice } of parts) {
      const date = slice.part.from;
      const sizeOk = loan.credit_line !== undefined
        ? params.satisfies("loan_size_cap", date, loan.credit_line)
        : params.satisfies("loan_size_cap", date, loan.contract_amount ?? dec(0)) && params.satisfies("loan_size_cap", date, loan.balance ?? dec(0));
      const label = `${loan.borrower} ${slice.part.from}..${slice.part.to}`;
      if (!sizeOk) {
        reasons.push(text(`${label}：超过${params.written("loan_size_cap", date)}，不是小额贷款`, `${label}: above ${params.written("loan_size_cap", date)}, not a small loan`));
        continue;
      }
      const interest = loan.interest.times(slice.share);
      estimated ||= slice.cut;
      const capRate = dec(loan.benchmark_rate).times(params.at("rate_multiple", date));
      const withinCap = dec(loan.rate).lte(capRate);
      const written = `${params.written("rate_multiple", date)} × ${loan.benchmark_rate}% = ${capRate.toFixed()}%`;
      let exempt: Decimal;
      if (facts.method === "whole-loan") {
        exempt = withinCap ? interest : dec(0);
        reasons.push(
          withinCap
            ? text(`${label}：利率${loan.rate}%不高于${written}，利息全额免税`, `${label}: rate ${loan.rate}% within ${written}, all interest exempt`)
            : text(`${label}：利率${loan.rate}%高于${written}，按方法一不免税`, `${label}: rate ${loan.rate}% above ${written}, not exempt under method 1`),
        );
      } else {
        exempt = withinCap ? interest : min(interest, interest.times(capRate).div(loan.rate));
        reasons.push(text(`${label}：按${written}计算的利息部分免税`, `${label}: interest up to ${written} exempt`));
      }
      if (exempt.isZero()) continue;
      exempts.push(exempt);
      terms.push(formatCompact(exempt));
    }
    const exempt = sum(exempts);
    if (exempt.isZero()) return { status: "not-eligible", formula: text("—", "—"), reasons };
    const saving = exempt.times(outputRate);
    const formula = `(${terms.join(" + ")}) × ${facts.output_rate}% = ${formatCompact(saving)}`;
    return { status: "applied", amount: saving, formula: text(`免税利息 ${formula}`, `exempt interest ${formula}`), reasons, estimated };
  },
};
