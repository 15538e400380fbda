/** `incentive schema company|tables|documents|case|scenario`: the JSON Schemas editors validate against. */
import { Command } from "commander";
import { z } from "zod";
import { UsageError } from "../../errors/problems.js";
import { caseFileSchema } from "../../cases/schema.js";
import { companySchema } from "../../input/company-schema.js";
import { scenarioSchema } from "../../scenarios/schema.js";
import { documentsFileSchema, tableSchema } from "../../tables/schema.js";
import type { Io } from "../context.js";

export const SCHEMAS = { company: companySchema, tables: tableSchema, documents: documentsFileSchema, case: caseFileSchema, scenario: scenarioSchema } as const;
export type SchemaName = keyof typeof SCHEMAS;

export function jsonSchema(name: SchemaName): string {
  const schema = z.toJSONSchema(SCHEMAS[name], { io: "input", unrepresentable: "any" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function schemaCommand(io: Io): Command {
  return new Command("schema")
    .description(`print a JSON Schema: ${Object.keys(SCHEMAS).join(" | ")}`)
    .argument("<name>", Object.keys(SCHEMAS).join(" | "))
    .action((name: string) => {
      if (!(name in SCHEMAS)) throw new UsageError(`schema: expected one of ${Object.keys(SCHEMAS).join(", ")}, found "${name}"`);
      io.out(jsonSchema(name as SchemaName));
    });
}
