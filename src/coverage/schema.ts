/**
 * The coverage manifest: `coverage/catalog-ids.yaml` (every catalog id, by catalog file) and
 * `coverage/not-implemented.yaml` (each id no table implements, with a reason from a closed list).
 * An id is implemented when some table lists it under `catalog:`.
 */
import { z } from "zod";

export const REASONS = {
  "duplicate-of": "the same measure as another catalog id (`of`), which a table implements",
  "pays-government": "pays a government, a zone or a district, not an enterprise",
  "no-figure": "the text gives no rate or amount a company could compute with",
  qualitative: "purely qualitative (computable: no in the catalog)",
  "out-of-scope-recipient": "pays or taxes an individual (not an enterprise)",
  "rules-elsewhere": "a rule (eligibility, stacking) encoded in the tables it governs, not a measure of its own",
  pending: "not yet implemented: the note names the helper or issue that covers it",
} as const;
export type Reason = keyof typeof REASONS;
const REASON_NAMES = Object.keys(REASONS) as [Reason, ...Reason[]];

const catalogEntry = z.strictObject({
  jurisdiction: z.string().min(1),
  kind: z.string().min(1),
  computable: z.enum(["yes", "partly", "no"]),
});

export const catalogIdsSchema = z.record(z.string().min(1), z.record(z.string().min(1), catalogEntry));
export type CatalogIds = z.output<typeof catalogIdsSchema>;

export const notImplementedSchema = z.record(
  z.string().min(1),
  z
    .strictObject({
      reason: z.enum(REASON_NAMES),
      of: z.string().min(1).optional().describe("duplicate-of: the implemented id"),
      note: z.string().min(1),
    })
    .refine((e) => (e.reason === "duplicate-of") === (e.of !== undefined), { message: "`of` goes with reason duplicate-of, and only there" }),
);
export type NotImplemented = z.output<typeof notImplementedSchema>;
