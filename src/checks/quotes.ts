/**
 * Quote verification: a table quote must occur verbatim in its source text (whitespace and
 * full-/half-width forms normalised, nothing else), and the value must be stated in its quote.
 */
import type { Unit } from "../tables/schema.js";

/** NFKC folds full-width digits, letters and punctuation (％ → %, ， → ,); whitespace is dropped. */
export function normaliseText(text: string): string {
  return text.normalize("NFKC").replace(/[\s\u00a0\u3000]+/g, "");
}

export function quoteInSource(quote: string, source: string): boolean {
  return source.includes(normaliseText(quote));
}

const SUFFIXES: Record<Unit, string[]> = {
  "%": ["%"],
  "‰": ["‰"],
  "‱": ["‱"],
  元: ["元", ""],
  // 萬/億: Ezhou's text is in traditional characters, which NFKC leaves as they are.
  万元: ["万元", "万", "萬元", "萬"],
  亿元: ["亿元", "亿", "億元", "億"],
  ratio: [""],
  years: ["年", "个年度"],
  months: ["个月", "月"],
  count: ["人", "个", "家", ""],
};

/** Small whole numbers as Chinese texts write them: 第三年, 三个年度. */
const CHINESE_NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** True when `written` (as the table writes it) appears in the quote with its unit, in digits or (1–10) in Chinese. */
export function valueInQuote(written: string, unit: Unit, quote: string): boolean {
  const text = normaliseText(quote);
  const number = written.replace(/\.0+$/, "");
  const digits = SUFFIXES[unit].some((suffix) => new RegExp(`(?<![\\d.])${escapeRegex(number)}${escapeRegex(suffix)}`).test(text));
  const chinese = /^\d+$/.test(number) ? CHINESE_NUMERALS[Number(number)] : undefined;
  // 万分之二: the per-ten-thousand unit comes before its number.
  if (unit === "‱") {
    const forms = [escapeRegex(number), ...(chinese ? [chinese] : [])].join("|");
    return new RegExp(`万分之(?:${forms})(?![\\d.一二三四五六七八九十百])`).test(text) || digits;
  }
  if (digits || !chinese || unit === "ratio" || SUFFIXES[unit].includes("")) return digits;
  return SUFFIXES[unit].some((suffix) => new RegExp(`(?<![一二三四五六七八九十])${chinese}${escapeRegex(suffix)}`).test(text));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
