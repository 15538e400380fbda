// Reads back a table drawn by cli-table3 (the terminal output): each line of cells, trimmed.
/** Every line of a table that holds cells, as its trimmed cells (rule lines are left out). */
export function tableRows(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("│"))
    .map((line) => line.split("│").slice(1, -1).map((c) => c.trim()));
}
