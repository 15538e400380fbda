/**
 * Text wrapped to a terminal column width before it goes into a table cell. cli-table3 wraps only
 * at spaces, and Chinese has none: it cut every longer line of a Chinese note off with "…" (and
 * took seconds doing so, a character at a time). Here a line breaks at a space where it has one and
 * between any two Chinese characters otherwise, widths measured as cli-table3 measures them
 * (string-width: a Chinese character takes two columns). Nothing is cut off.
 */
import stringWidth from "string-width";

/** `text` with every line at most `width` columns wide. */
export function wrapToWidth(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((line) => wrapLine(line, width))
    .join("\n");
}

function wrapLine(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  let used = 0;
  const breakLine = () => {
    lines.push(current.trimEnd());
    current = "";
    used = 0;
  };
  for (const token of tokens(line)) {
    const w = stringWidth(token);
    if (used + w > width && used > 0) breakLine();
    // A space that ends a line is dropped with the break, not carried to the next line's start.
    if (token === " " && used === 0 && lines.length > 0) continue;
    if (w <= width) {
      current += token;
      used += w;
      continue;
    }
    // A word wider than the column: split it where it must be.
    for (const ch of token) {
      const cw = stringWidth(ch);
      if (used + cw > width && used > 0) breakLine();
      current += ch;
      used += cw;
    }
  }
  if (current !== "" || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}

/** A line as spaces, words (runs of narrow characters) and single wide characters, each a place a line may break. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let word = "";
  for (const ch of line) {
    if (ch === " " || stringWidth(ch) > 1) {
      if (word !== "") out.push(word);
      word = "";
      out.push(ch);
    } else word += ch;
  }
  if (word !== "") out.push(word);
  return out;
}
