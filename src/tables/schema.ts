/**
 * The rate-table format. One YAML file per policy under `tables/<jurisdiction>/`, plus the register
 * of source documents `tables/documents.yaml` that every value cites by key.
 * Values are written as the document writes them, in its unit; `units.ts` converts them once.
 */
import { z } from "zod";
import { isIsoDate } from "../core/dates.js";
import { awardSchema } from "./award-schema.js";

export const UNITS = ["元", "万元", "亿元", "%", "‰", "‱", "ratio", "years", "months", "count"] as const;
export type Unit = (typeof UNITS)[number];

export const KINDS = ["tax-saving", "tax-deferral", "award", "subsidy", "refund", "eligibility", "reference"] as const;
export type Kind = (typeof KINDS)[number];

export const JURISDICTIONS = ["national", "hebei", "shijiazhuang", "henan", "jiaozuo", "hubei", "ezhou", "shiyan"] as const;

/** How a threshold compares: 含/以上/以下/不超过 are inclusive; 超过/低于/不足 exclusive. */
export const BOUNDS = ["at-most", "below", "at-least", "above"] as const;
export type Bound = (typeof BOUNDS)[number];

const isoDate = z.string().refine(isIsoDate, { message: "expected a date written YYYY-MM-DD" });
const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const numberLiteral = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, "expected a number such as 75 or 0.5")]);

export const documentSchema = z.strictObject({
  issuer: z.string().min(1),
  title: z.string().min(1).describe("the title without 《》"),
  number: z.string().min(1).nullable().describe("文号 such as 财税〔2018〕99号; null when the document has none"),
  issued: isoDate.nullable().describe("issue date; null only when the text states none (say so in note)"),
  source: z.string().min(1).describe("where the quotes can be checked: seeds/<file> or reference/<file>"),
  verified: z.enum(["primary", "secondary"]).describe("primary: the seed or an official text; secondary: reliable secondary source"),
  note: z.string().optional(),
  valid: z
    .strictObject({
      from: isoDate.describe("first day in force (the issue date where the text says 自发布之日起 or states nothing)"),
      to: isoDate.nullable().describe("last day in force; null when the text states no end"),
      stated: z.boolean().describe("false: the text states no window, recorded as open from the issue date"),
      quote: z.string().min(1).optional().describe("the sentence stating the window, where there is one"),
    })
    .optional()
    .describe("validity window, enforced for every award table citing the document"),
});
export type DocumentEntry = z.infer<typeof documentSchema>;

export const documentsFileSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "document keys are kebab-case"),
  documentSchema,
);

export const citeSchema = z.strictObject({
  document: z.string().min(1).describe("key in tables/documents.yaml"),
  article: z.string().min(1).describe("article as the document numbers it: 第三条, 一, 附件第13条"),
});

export const valueEntrySchema = z.strictObject({
  value: numberLiteral.nullable().describe("as the document writes it, in the parameter's unit; null ends the parameter"),
  cite: citeSchema,
  quote: z.string().min(1).describe("the verbatim sentence that states the value (or the end date)"),
  note: z.string().optional(),
});

export const parameterSchema = z.strictObject({
  unit: z.enum(UNITS),
  description: bilingual,
  bound: z.enum(BOUNDS).optional().describe("for thresholds: how a figure compares with the value"),
  reviewed: isoDate.optional().describe("the date someone last confirmed the latest value still holds (quiets review-due warnings)"),
  values: z.record(isoDate, valueEntrySchema).refine((v) => Object.keys(v).length > 0, "at least one dated value"),
});

/** A cited sentence a measure rests on that states no figure (按实际发生额扣除): cited on every line of the table. */
export const basisSchema = z.strictObject({
  cite: citeSchema,
  quote: z.string().min(1).describe("the verbatim sentence stating the measure"),
});

export const readingSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: bilingual.describe("the ambiguity and the reading chosen, shown on the output line"),
});

export const tableSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "policy ids are kebab-case"),
  title: bilingual,
  jurisdiction: z.enum(JURISDICTIONS),
  kind: z.enum(KINDS),
  catalog: z.array(z.string().min(1)).describe("catalog ids this table implements (empty only for reference tables)"),
  readings: z.array(readingSchema).default([]),
  parameters: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, "parameter names are snake_case"), parameterSchema),
  basis: z
    .array(basisSchema)
    .optional()
    .describe("for a measure with no figure to tabulate: the sentences it rests on; cited on every line, in force within the cited documents' validity windows"),
  award: awardSchema.optional().describe("award and subsidy tables: the shape that computes them (docs/awards.md); no code needed"),
})
  .refine((t) => t.kind === "reference" || t.catalog.length > 0, { message: "a non-reference table implements at least one catalog id", path: ["catalog"] })
  .refine((t) => t.award === undefined || t.kind === "award" || t.kind === "subsidy", { message: "a table with an award block is of kind award or subsidy", path: ["kind"] });
export type TableFile = z.infer<typeof tableSchema>;
