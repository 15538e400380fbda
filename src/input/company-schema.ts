/**
 * The company file: one YAML or JSON document per company. Field names are the dotted column
 * headers of the batch CSV (`income_tax.rd.expensed`). Unknown keys are rejected.
 */
import { z } from "zod";
import { amount, dateRange, isoDate, signedAmount } from "./amount.js";
import { awardInputShape } from "./award-facts.js";

export const REGIONS = [
  "other",
  "hebei",
  "hebei/shijiazhuang",
  "henan",
  "henan/jiaozuo",
  "hubei",
  "hubei/ezhou",
  "hubei/shiyan",
] as const;
export type Region = (typeof REGIONS)[number];

const quarterPair = z.tuple([z.number().nonnegative(), z.number().nonnegative()]);

const employees = z.union([
  z.strictObject({ quarters: z.array(quarterPair).min(1).max(4).describe("[季初, 季末] employees for each quarter operated") }),
  z.strictObject({ average: z.number().nonnegative().describe("全年季度平均值 already computed") }),
]);

const assetPair = z.tuple([amount(), amount()]);
const totalAssets = z.union([
  z.strictObject({ quarters: z.array(assetPair).min(1).max(4).describe("[季初, 季末] total assets for each quarter operated") }),
  z.strictObject({ average: amount() }),
]);

const qualificationPeriods = z.array(dateRange());

const equipment = z.strictObject({
  name: z.string().min(1),
  purchased: isoDate().describe("date newly purchased (新购进)"),
  unit_value: amount().describe("单位价值 of one asset"),
  ordinary_depreciation: amount().optional().describe("depreciation the asset would get this tax year under the ordinary rules"),
  rd_dedicated: z.boolean().optional().describe("专门用于研发的仪器、设备"),
  building: z.boolean().optional().describe("true for buildings and structures (房屋、建筑物), which never qualify"),
});

const infrastructureProject = z.strictObject({
  name: z.string().min(1),
  approved: isoDate().describe("date the project was approved (经批准)"),
  first_revenue_year: z.number().int().min(1990).max(2100).describe("tax year of the first 生产经营收入 after completion"),
  income: signedAmount().optional().describe("the project's 所得 this tax year, accounted separately (already inside taxable_income_before_incentives)"),
});

const ventureCapital = z.strictObject({
  registered: z.boolean().describe("已经备案的创业投资企业"),
  investments: z
    .array(
      z.strictObject({
        investee: z.string().min(1).describe("an unlisted small or medium high-tech enterprise (未上市中小高新技术企业)"),
        amount: amount().describe("amount invested in equity (投资额)"),
        acquired: isoDate().describe("date the equity was acquired; the holding must still be held"),
      }),
    )
    .optional(),
  carried_forward: amount().optional().describe("70% deductions of earlier years not yet used (结转抵扣)"),
});

const excessCreditRefund = z.strictObject({
  listed_industry: z.boolean().optional().describe("registered in one of the 18 industries of 财税〔2018〕70号's attachment"),
  grid_enterprise: z.boolean().optional().describe("电网企业 holding a 电力业务许可证 (输电类、供电类)"),
  credit_rating: z.enum(["A", "B", "M", "C", "D"]).optional().describe("纳税信用等级"),
  prior_period_credit: amount().optional().describe("期末留抵税额 of the period before the application (申请退税上期)"),
  end_2017_credit: amount().optional().describe("期末留抵税额 at the end of 2017"),
  invoice_input_vat: amount().optional().describe("input VAT deducted from 专用发票, 海关进口增值税专用缴款书 and 解缴税款完税凭证 over 2015–2017, or over the operating period if registered on or after 2015-01-01"),
  total_input_vat: amount().optional().describe("all input VAT deducted over the same span"),
});

const usedFixedAssetSale = z.strictObject({
  name: z.string().min(1),
  date: isoDate().describe("date of sale"),
  price_incl_vat: amount().describe("sale price including VAT (含税销售额)"),
});

const smallLoans = z.strictObject({
  method: z.enum(["whole-loan", "within-cap"]).optional().describe("the exemption method chosen for the accounting year: whole-loan (一) or within-cap (二)"),
  output_rate: z.number().positive().max(100).optional().describe("VAT rate (%) the lender charges on loan interest, e.g. 6"),
  loans: z
    .array(
      z
        .strictObject({
          borrower: z.string().min(1).describe("a small or micro enterprise (工信部联企业〔2011〕300号) or an individual business"),
          credit_line: amount().optional().describe("单户授信 of the borrower"),
          contract_amount: amount().optional().describe("loan contract amount, when there is no credit line"),
          balance: amount().optional().describe("loan balance, when there is no credit line"),
          rate: z.number().nonnegative().describe("annual interest rate of the loan (%)"),
          benchmark_rate: z.number().positive().describe("人民银行同期贷款基准利率 (%)"),
          interest: amount().describe("VAT-exclusive interest income from the loan over from..to"),
          from: isoDate(),
          to: isoDate(),
        })
        .refine((l) => l.from <= l.to, { message: "expected from ≤ to" }),
    )
    .optional(),
});

const exportSales = z
  .strictObject({
    name: z.string().min(1).describe("product or product group"),
    from: isoDate().describe("first export date (报关单出口日期) of the span"),
    to: isoDate(),
    base: amount().describe("the rebate base (退税计税依据) of the exports in from..to"),
    tax_rate_before: z.number().nonnegative().max(100).optional().describe("the product's VAT rate (%) before 2018-05-01, e.g. 17"),
    rebate_rate_before: z.number().nonnegative().max(100).describe("the product's export rebate rate (%) before the 2018 changes, e.g. 17, 15, 9"),
    producer: z.boolean().describe("生产企业 (true) or 外贸企业 (false)"),
    purchased_at_new_rate: z.boolean().optional().describe("外贸企业: the goods were bought taxed at the new 16%/10% rate"),
    listed_product: z.boolean().optional().describe("in the product list of 财税〔2018〕93号 or 123号 article 一, or soybean meal"),
  })
  .refine((p) => p.from <= p.to, { message: "expected from ≤ to" });

const contributionBase = z
  .strictObject({ from: isoDate(), to: isoDate(), base: amount().describe("sum of the monthly contribution bases over from..to") })
  .refine((p) => p.from <= p.to, { message: "expected from ≤ to" });

const vatBands = z.strictObject({
  standard: amount().optional().describe("基本税率 band: 17% before 2018-05-01, 16% from then, 13% from 2019-04-01"),
  low: amount().optional().describe("低税率 band: 11% before 2018-05-01, 10% from then, 9% from 2019-04-01"),
});

const vatPeriod = z
  .strictObject({
    from: isoDate(),
    to: isoDate(),
    sales: vatBands.optional().describe("VAT-exclusive taxable sales by band"),
    purchases: vatBands.optional().describe("VAT-exclusive purchases with creditable input VAT, by band"),
    agricultural_purchases: z
      .strictObject({
        general: amount().optional().describe("农产品 bought at the ordinary deduction rate (11% → 10% from 2018-05-01 → 9% from 2019-04-01)"),
        for_standard_goods: amount().optional().describe("农产品 bought to produce standard-band goods (16%, from 2019-04-01 13%)"),
      })
      .optional(),
  })
  .refine((p) => p.from <= p.to, { message: "expected from ≤ to" });

const filingPeriodText = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, "expected a month 2019-04 or a quarter 2019-Q2")
  .describe("2019-04 for a month, 2019-Q2 for a quarter");

const additionalCredit = z.strictObject({
  total_sales: amount().optional().describe("全部销售额 of the test period (the denominator of the >50% tests)"),
  services_sales: amount().optional().describe("sales of 邮政、电信、现代服务、生活服务 (生产、生活性服务业 test, 2019年39号)"),
  consumer_services_sales: amount().optional().describe("sales of 生活服务 (生活性服务业 test, 2019年87号)"),
  advanced_manufacturing: z.boolean().optional().describe("先进制造业企业: a manufacturing high-tech enterprise on the provincial list (2023年43号)"),
  carried_forward: amount().optional().describe("加计抵减额 balance brought in at the start of the first period entered"),
  periods: z
    .array(
      z.strictObject({
        period: filingPeriodText,
        creditable_input: amount().describe("当期可抵扣进项税额"),
        transferred_out: amount().optional().describe("进项税额转出 of the period (reduces the credit accrued)"),
        tax_payable: amount().describe("抵减前的应纳税额 of the period"),
      }),
    )
    .optional()
    .describe("VAT returns in order, monthly or quarterly"),
});

const smallScalePeriod = z.strictObject({
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, "expected a month 2018-01 or a quarter 2018-Q1")
    .describe("2018-01 for a month, 2018-Q1 for a quarter"),
  goods: amount().optional().describe("sales of goods and processing, repair services (货物及加工、修理修配劳务)"),
  services: amount().optional().describe("sales of services and intangible assets (服务、无形资产)"),
});

export const companySchema = z.strictObject({
  name: z.string().min(1),
  region: z.enum(REGIONS).describe("province/city; 'other' for national measures only"),
  district: z.string().min(1).optional(),
  tax_year: z.number().int().min(2000).max(2100).optional().describe("default tax year; --year overrides it"),
  industry: z
    .strictObject({
      industrial: z.boolean().optional().describe("工业企业"),
      restricted_or_prohibited: z.boolean().optional().describe("in a 国家限制和禁止行业"),
      manufacturing: z.boolean().optional().describe("制造业企业 (manufacturing income over 50% of income): 100% R&D super-deduction from 2021"),
      ic_or_mother_machine: z.boolean().optional().describe("集成电路企业或工业母机企业 on the 2023年44号 lists: 120% R&D super-deduction 2023–2027"),
      ic_design_or_software: z.boolean().optional().describe("集成电路设计企业或符合条件软件企业 (the company states it qualifies): 职工培训费 deducted in full"),
    })
    .optional(),
  qualifications: z
    .strictObject({
      hnte: qualificationPeriods.optional().describe("高新技术企业 certificate periods"),
      tsme: qualificationPeriods.optional().describe("科技型中小企业 registration periods"),
      tase: z
        .array(
          z
            .strictObject({ from: isoDate(), to: isoDate(), service_trade: z.boolean().optional() })
            .refine((r) => r.from <= r.to, { message: "expected from ≤ to" }),
        )
        .optional()
        .describe("技术先进型服务企业 recognition periods; service_trade for the 服务贸易类"),
    })
    .optional(),
  size: z
    .strictObject({
      employees: employees.optional().describe("从业人数: employees plus dispatched workers"),
      total_assets: totalAssets.optional().describe("资产总额"),
    })
    .optional(),
  income_tax: z
    .strictObject({
      taxable_income_before_incentives: signedAmount()
        .optional()
        .describe("纳税调整后所得 under the general rules, before the incentives this tool computes and before loss carry-forward"),
      rd: z
        .strictObject({
          expensed: amount().optional().describe("R&D expense not capitalised (未形成无形资产计入当期损益)"),
          intangible_amortization: amount().optional().describe("this year's ordinary amortisation of R&D-formed intangibles"),
          q4_expensed: amount().optional().describe("of `expensed`, the part incurred 2022-10-01..12-31 (2022年28号); pro-rated 3/12 if absent"),
        })
        .optional(),
      equipment: z.array(equipment).optional(),
      losses: z.array(z.strictObject({ year: z.number().int().min(1990).max(2100), unused: amount() })).optional(),
      payroll: amount().optional().describe("工资薪金总额"),
      staff_education: z
        .strictObject({
          expense: amount(),
          carried_forward: amount().optional(),
          training_expense: amount().optional().describe("职工培训费用 accounted for separately: the part of expense an IC-design or software enterprise deducts in full"),
        })
        .refine((e) => e.training_expense === undefined || e.training_expense.lte(e.expense), { message: "training_expense is a part of expense: expected training_expense ≤ expense", path: ["training_expense"] })
        .optional()
        .describe("职工教育经费 of the year (training included) and excess carried in"),
      tech_transfer_income: amount().optional().describe("技术转让所得 of the year (already inside taxable_income_before_incentives)"),
      infrastructure_projects: z.array(infrastructureProject).optional().describe("公共基础设施项目 in the 目录 (not 承包经营、承包建设 or 内部自建自用), accounted separately"),
      venture_capital: ventureCapital.optional().describe("for a 创业投资企业: its equity investments in unlisted small and medium high-tech enterprises"),
    })
    .optional(),
  vat: z
    .strictObject({
      taxpayer: z.enum(["general", "small-scale"]).optional(),
      periods: z.array(vatPeriod).optional(),
      small_scale: z
        .strictObject({ filing: z.enum(["monthly", "quarterly"]), periods: z.array(smallScalePeriod) })
        .optional(),
      additional_credit: additionalCredit.optional().describe("加计抵减 facts (general taxpayers, 2019-04-01..2023-12-31 services, 2023–2025 advanced manufacturing)"),
      conversion: z
        .strictObject({
          date: isoDate().describe("intended 转登记日"),
          prior_sales: amount().describe("应税销售额 of the 12 months (or 4 quarters) before the date"),
          months_operated: z.number().int().min(1).max(12).optional().describe("when fewer than 12 months"),
        })
        .optional(),
      excess_credit_refund: excessCreditRefund.optional().describe("facts for the 2018 refund of period-end excess input VAT (财税〔2018〕70号)"),
      used_fixed_asset_sales: z.array(usedFixedAssetSale).optional().describe("sales of the company's own used fixed assets that qualify for 减按2%"),
      exports: z.array(exportSales).optional().describe("exports with a VAT rebate, by product and span"),
      small_loans: smallLoans.optional().describe("for a lender: interest from small loans to small and micro enterprises and individual businesses"),
    })
    .optional(),
  social_insurance: z
    .strictObject({
      unemployment_base: z.array(contributionBase).optional().describe("失业保险 contribution base (缴费基数 summed over the period) by period"),
    })
    .optional(),
  // Award facts (figures by year, facts, events, ranks, rates, awards received): see award-facts.ts.
  ...awardInputShape,
});

export type Company = z.output<typeof companySchema>;
