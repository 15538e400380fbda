/**
 * With the source texts at hand: every quote occurs verbatim in its document's text, and every
 * value is stated in its quote, unit-aware. `readSource` maps a register `source` to its text.
 */
import type { TableSet } from "../tables/model.js";
import type { Finding } from "./findings.js";
import { normaliseText, quoteInSource, valueInQuote } from "./quotes.js";

export type SourceReader = (source: string) => string | undefined;

export function checkSources(tables: TableSet, readSource: SourceReader, sourcesLabel: string, documentsFile: string): { findings: Finding[]; checked: number } {
  const findings: Finding[] = [];
  const cache = new Map<string, string | undefined>();
  const textOf = (source: string): string | undefined => {
    if (!cache.has(source)) {
      const raw = readSource(source);
      cache.set(source, raw === undefined ? undefined : normaliseText(raw));
    }
    return cache.get(source);
  };
  let checked = 0;
  // Stacking rules, figure-less bases and validity windows quote their sentences too.
  const checkQuote = (location: Finding["location"], path: string, documentKey: string, quote: string): void => {
    const document = tables.documents.get(documentKey);
    const text = document ? textOf(document.source) : undefined;
    if (!document || text === undefined) {
      findings.push({ severity: "error", code: "source-missing", location, path, message: `source text of "${documentKey}" not found under ${sourcesLabel}` });
      return;
    }
    checked += 1;
    if (!quoteInSource(quote, text)) findings.push({ severity: "error", code: "quote-not-in-source", location, path, message: `quote not found in ${document.source}: "${quote}"` });
  };
  for (const table of tables.policies.values()) {
    table.award?.rules.forEach((rule, i) => {
      if (rule.cite && rule.quote) checkQuote({ file: table.file }, `award.rules.${i}.quote`, rule.cite.document, rule.quote);
    });
    table.basis?.forEach((b, i) => {
      checkQuote({ file: table.file }, `basis.${i}.quote`, b.documentKey, b.quote);
    });
  }
  for (const [key, document] of tables.documents) {
    if (document.valid?.quote) checkQuote({ file: documentsFile }, `${key}.valid.quote`, key, document.valid.quote);
  }
  for (const table of tables.policies.values()) {
    for (const parameter of table.parameters.values()) {
      for (const entry of parameter.entries) {
        const path = `parameters.${parameter.name}.values.${entry.from}`;
        const location = entry.location ?? { file: table.file };
        const text = textOf(entry.cite.document.source);
        if (text === undefined) {
          findings.push({ severity: "error", code: "source-missing", location, path, message: `source text ${entry.cite.document.source} not found under ${sourcesLabel}` });
          continue;
        }
        checked += 1;
        if (!quoteInSource(entry.cite.quote, text)) {
          findings.push({ severity: "error", code: "quote-not-in-source", location, path: `${path}.quote`, message: `quote not found in ${entry.cite.document.source}: "${entry.cite.quote}"` });
        } else if (entry.value !== null && entry.written !== null) {
          const number = entry.written.match(/^-?\d+(\.\d+)?/)?.[0] ?? "";
          if (!valueInQuote(number, parameter.unit, entry.cite.quote)) {
            findings.push({ severity: "error", code: "value-not-in-quote", location, path: `${path}.value`, message: `the value ${entry.written} is not stated in its quote "${entry.cite.quote}"` });
          }
        }
      }
    }
  }
  return { findings, checked };
}
