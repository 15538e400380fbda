/**
 * Scenario files: named what-if overrides of table values, written in the table format
 * (dated values in the parameter's unit), and policies switched off.
 */
import { z } from "zod";
import { isIsoDate } from "../core/dates.js";

const numberLiteral = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?(%|‰|元|万元|万|亿元|亿)?$/, "expected a number such as 13, 13% or 300万")]);

export const overrideEntrySchema = z.strictObject({
  value: numberLiteral.nullable().describe("in the parameter's unit, as in the tables; null ends the measure"),
  note: z.string().optional(),
});

/** `{ policy-id: { parameter: { values: { YYYY-MM-DD: { value } } } } }` */
export const parameterOverridesSchema = z.record(
  z.string().describe("policy id"),
  z.record(
    z.string().describe("parameter name"),
    z.strictObject({
      values: z
        .record(z.string().refine(isIsoDate, "expected a date written YYYY-MM-DD"), overrideEntrySchema)
        .refine((v) => Object.keys(v).length > 0, "at least one dated value"),
    }),
  ),
);

export const scenarioSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "a short name such as vat-13-from-may: it heads the output columns"),
  description: z.string().optional(),
  disable: z.array(z.string()).default([]).describe("policy ids switched off in this scenario"),
  parameters: parameterOverridesSchema.default({}),
});

export type ScenarioFile = z.output<typeof scenarioSchema>;
export type ParameterOverrides = z.output<typeof parameterOverridesSchema>;
