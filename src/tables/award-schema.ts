/**
 * The `award:` block of a table: which shape computes the award, which company facts feed it,
 * which parameters (by name, from the table's own dated, cited `parameters:`) it reads, and the
 * stacking and history rules that may remove or cut it. One generic implementation per shape
 * (src/policies/awards/) evaluates any table; docs/awards.md describes the format.
 */
import { z } from "zod";
import { BOARD_NAMES, FACT_NAMES, FIGURE_NAMES, LEVEL_NAMES, LISTING_ROUTES, RANK_NAMES, RATE_NAMES, TITLE_NAMES } from "../input/award-facts.js";

export const SHAPES = [
  "fixed-on-event",
  "fixed-on-condition",
  "tiered-first-crossing",
  "step-per-increment",
  "percent-of-base-capped",
  "interest-subsidy",
  "premium-subsidy",
  "benchmark-rate-subsidy",
  "rank-based",
  "ceiling-only",
  "percent-parts",
] as const;
export type Shape = (typeof SHAPES)[number];

export const RULES = [
  "once-per-level",
  "first-time",
  "difference-on-transfer",
  "highest-in-year",
  "group-highest-only",
  "group-yearly-cap",
  "lifetime-cap",
  "stackable",
] as const;
export type RuleName = (typeof RULES)[number];

const paramRef = z.string().regex(/^[a-z][a-z0-9_]*$/, "a parameter name of this table");

export const eventMatchSchema = z.strictObject({
  type: z.enum(["listed", "recognized"]),
  titles: z.array(z.enum(TITLE_NAMES)).min(1).optional().describe("recognized: the titles that trigger the award"),
  levels: z.array(z.enum(LEVEL_NAMES)).min(1).optional().describe("recognized: the levels that trigger it"),
  boards: z.array(z.enum(BOARD_NAMES)).min(1).optional().describe("listed: the boards that trigger it"),
  via: z.array(z.enum(LISTING_ROUTES)).min(1).optional().describe("listed: the routes that count (default all)"),
});
export type EventMatch = z.output<typeof eventMatchSchema>;

export const conditionSchema = z.union([
  z.strictObject({
    fact: z.enum(FACT_NAMES),
    is: z.boolean().default(true).describe("the value the fact must have"),
  }),
  z.strictObject({
    figure: z.union([z.enum(FIGURE_NAMES), z.array(z.enum(FIGURE_NAMES)).min(1)]).describe("a figure, or several summed"),
    threshold: paramRef.describe("a threshold parameter with a bound (at-least for 以上, above for 超过 …)"),
    year: z.enum(["current", "prior"]).default("current"),
    of: z.enum(["value", "increase"]).default("value").describe("increase: the year's figure less the prior year's"),
  }),
  z.strictObject({
    figure: z.enum(FIGURE_NAMES),
    grows_for_years: z.number().int().min(1).max(10).describe("the figure rose year on year this many years running, ending this year"),
  }),
]);
export type Condition = z.output<typeof conditionSchema>;

const citeRef = z.strictObject({ document: z.string().min(1), article: z.string().min(1) });

export const ruleSchema = z
  .strictObject({
    rule: z.enum(RULES),
    group: z.string().regex(/^[a-z0-9-]+$/).optional().describe("group-* rules: the tables sharing this group"),
    cap: paramRef.optional().describe("group-yearly-cap, lifetime-cap: the parameter holding the cap"),
    by: z.enum(["level", "board", "title", "title-level"]).optional().describe("once-per-level: what counts as a level (default level)"),
    cite: citeRef.optional(),
    quote: z.string().min(1).optional().describe("the verbatim sentence stating the rule"),
    reading: z.string().optional().describe("id of the reading that decides the rule, when the text does not state it"),
  })
  .refine((r) => (r.quote !== undefined && r.cite !== undefined) || r.reading !== undefined, {
    message: "a rule needs cite + quote (the text states it) or reading (a decided ambiguity)",
  })
  .refine((r) => !r.rule.startsWith("group-") || r.group !== undefined, { message: "group rules name their group" })
  .refine((r) => (r.rule !== "group-yearly-cap" && r.rule !== "lifetime-cap") || r.cap !== undefined, { message: "cap rules name their cap parameter" });
export type Rule = z.output<typeof ruleSchema>;

const common = {
  conditions: z.array(conditionSchema).default([]).describe("every condition must hold; a missing fact makes the item needs-input"),
  districts: z
    .strictObject({
      in: z.array(z.string().min(1)).min(1),
      unless: z.enum(FACT_NAMES).optional().describe("a fact that opens the measure to other districts (指定领域)"),
      reading: z.string().optional(),
    })
    .optional()
    .describe("the text limits itself to these districts (company.district)"),
  rules: z.array(ruleSchema).default([]),
};

const fixedOnEvent = z.strictObject({
  shape: z.literal("fixed-on-event"),
  event: eventMatchSchema,
  amount: paramRef.optional().describe("one amount for every matching event"),
  amounts: z.record(z.string(), paramRef).optional().describe("amount by the event's level, board, title or title/level"),
  by: z.enum(["level", "board", "title", "title-level"]).optional().describe("which event field keys `amounts` (default level)"),
  ...common,
});

const fixedOnCondition = z.strictObject({
  shape: z.literal("fixed-on-condition"),
  amount: paramRef.describe("paid when every condition holds"),
  ...common,
});

const tieredFirstCrossing = z.strictObject({
  shape: z.literal("tiered-first-crossing"),
  figure: z.enum(FIGURE_NAMES),
  tiers: z.array(z.strictObject({ threshold: paramRef, amount: paramRef })).min(1),
  ...common,
});

const stepPerIncrement = z.strictObject({
  shape: z.literal("step-per-increment"),
  figure: z.enum(FIGURE_NAMES),
  entry: paramRef.describe("the level from which steps are counted"),
  step: paramRef,
  amount: paramRef.describe("award per step crossed"),
  entry_pays: z.boolean().default(false).describe("whether reaching the entry level itself earns one step"),
  ...common,
});

const percentOfBase = z.strictObject({
  shape: z.enum(["percent-of-base-capped", "interest-subsidy"]),
  base: z.array(z.enum(FIGURE_NAMES)).min(1).describe("figures summed into the base"),
  increase_over_prior: z.boolean().default(false).describe("the base is this year's figure less the prior year's"),
  base_year: z.enum(["current", "prior"]).default("current").describe("prior: the base is last year's figure (上年度)"),
  rate: paramRef.optional(),
  rate_by_fact: z
    .array(z.strictObject({ fact: z.enum(FACT_NAMES), rate: paramRef }))
    .min(1)
    .optional()
    .describe("the first rate whose fact is true applies (70% without layoffs, else 50% …)"),
  cap_by_fact: z
    .array(z.strictObject({ fact: z.enum(FACT_NAMES), cap: paramRef }))
    .min(1)
    .optional()
    .describe("the first cap whose fact is true replaces `cap` (三年以上合作的可提高到50万元 …)"),
  cap: paramRef.optional(),
  rate_is_ceiling: z
    .boolean()
    .default(false)
    .describe("the text gives the rate as a ceiling (按不超过…1‰): the result is reported as ceiling-only, never as a promise"),
  ...common,
}).refine((a) => (a.rate === undefined) !== (a.rate_by_fact === undefined), { message: "give rate or rate_by_fact, not both" });

const premiumSubsidy = z.strictObject({
  shape: z.literal("premium-subsidy"),
  premium: z.enum(FIGURE_NAMES),
  rate: paramRef.optional(),
  rate_from: z
    .enum(RATE_NAMES)
    .optional()
    .describe("the share is left to another body (一定比例, set by each city or county): read from the company's rates, needs-input without it"),
  insured: z.enum(FIGURE_NAMES).optional().describe("insured amount, where the premium rate has a ceiling"),
  rate_ceiling: paramRef.optional().describe("premium rate above which the premium is not subsidised"),
  cap: paramRef.optional(),
  top_up_of: z.enum(FIGURE_NAMES).optional().describe("subsidy already received from another level, topped up to the rate"),
  ...common,
}).refine((a) => (a.rate === undefined) !== (a.rate_from === undefined), { message: "give rate (stated in the text) or rate_from (left open by it), not both" });

const benchmarkRateSubsidy = z.strictObject({
  shape: z.literal("benchmark-rate-subsidy"),
  rate: z.enum(RATE_NAMES).describe("the benchmark rate, from the company's rates (the text does not state it)"),
  parts: z.array(z.strictObject({ figure: z.enum(FIGURE_NAMES), factor: paramRef.optional() })).min(1),
  cap: paramRef.optional(),
  ...common,
});

const rankBased = z.strictObject({
  shape: z.literal("rank-based"),
  rank: z.enum(RANK_NAMES),
  amounts: z.array(paramRef).min(1).describe("amount for rank 1, 2, 3 …"),
  ...common,
});

const ceilingOnly = z.strictObject({
  shape: z.literal("ceiling-only"),
  ceiling: paramRef,
  floor: paramRef.optional().describe("where the text gives a range (50万元至500万元): its lower end, shown with the ceiling"),
  event: eventMatchSchema.optional().describe("the event that makes the company a candidate"),
  ceilings: z
    .record(z.string(), paramRef)
    .refine((r) => Object.keys(r).every((k) => (TITLE_NAMES as readonly string[]).includes(k)), { message: "ceilings are keyed by event titles" })
    .optional()
    .describe("per-event ceilings by title (each event of the year adds its title's ceiling, or `ceiling`): 每人不超过… caps summed"),
  ...common,
});

const percentParts = z.strictObject({
  shape: z.literal("percent-parts"),
  parts: z
    .array(
      z.strictObject({
        base: z.array(z.enum(FIGURE_NAMES)).min(1).describe("figures summed into this part's base"),
        rate: paramRef,
        cap_base: z.array(z.enum(FIGURE_NAMES)).min(1).describe("figures the part's cap is a share of"),
        cap_rate: paramRef.describe("the cap as a share of cap_base (不超过…总额的4%)"),
      }),
    )
    .min(1)
    .describe("each part: min(base × rate, cap_base × cap_rate); the parts are summed"),
  ...common,
});

export const awardSchema = z.discriminatedUnion("shape", [
  fixedOnEvent,
  fixedOnCondition,
  tieredFirstCrossing,
  stepPerIncrement,
  percentOfBase,
  premiumSubsidy,
  benchmarkRateSubsidy,
  rankBased,
  ceilingOnly,
  percentParts,
]);
export type AwardSpec = z.output<typeof awardSchema>;

/** Every parameter name an award block refers to, with its path, so the loader can check they exist. */
export function awardParamRefs(award: AwardSpec): { path: (string | number)[]; name: string }[] {
  const refs: { path: (string | number)[]; name: string }[] = [];
  const add = (name: string | undefined, ...path: (string | number)[]) => {
    if (name !== undefined) refs.push({ path: ["award", ...path], name });
  };
  award.conditions.forEach((c, i) => {
    if ("threshold" in c) add(c.threshold, "conditions", i, "threshold");
  });
  award.rules.forEach((r, i) => {
    add(r.cap, "rules", i, "cap");
  });
  switch (award.shape) {
    case "fixed-on-event":
      add(award.amount, "amount");
      for (const [k, v] of Object.entries(award.amounts ?? {})) add(v, "amounts", k);
      break;
    case "tiered-first-crossing":
      award.tiers.forEach((t, i) => {
        add(t.threshold, "tiers", i, "threshold");
        add(t.amount, "tiers", i, "amount");
      });
      break;
    case "step-per-increment":
      add(award.entry, "entry");
      add(award.step, "step");
      add(award.amount, "amount");
      break;
    case "fixed-on-condition":
      add(award.amount, "amount");
      break;
    case "percent-of-base-capped":
    case "interest-subsidy":
      add(award.rate, "rate");
      award.rate_by_fact?.forEach((r, i) => {
        add(r.rate, "rate_by_fact", i, "rate");
      });
      add(award.cap, "cap");
      award.cap_by_fact?.forEach((c, i) => {
        add(c.cap, "cap_by_fact", i, "cap");
      });
      break;
    case "premium-subsidy":
      add(award.rate, "rate");
      add(award.rate_ceiling, "rate_ceiling");
      add(award.cap, "cap");
      break;
    case "benchmark-rate-subsidy":
      award.parts.forEach((p, i) => {
        add(p.factor, "parts", i, "factor");
      });
      add(award.cap, "cap");
      break;
    case "rank-based":
      award.amounts.forEach((a, i) => {
        add(a, "amounts", i);
      });
      break;
    case "ceiling-only":
      add(award.ceiling, "ceiling");
      add(award.floor, "floor");
      for (const [k, v] of Object.entries(award.ceilings ?? {})) add(v, "ceilings", k);
      break;
    case "percent-parts":
      award.parts.forEach((p, i) => {
        add(p.rate, "parts", i, "rate");
        add(p.cap_rate, "parts", i, "cap_rate");
      });
      break;
  }
  return refs;
}
