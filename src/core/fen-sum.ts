/**
 * Exact sums of amounts already rounded to the fen, written as line items and totals carry them
 * (`"1234.56"`, `"-0.50"`). Such a sum is a whole number of fen, so it is kept as an integer: a
 * Number while it is a safe integer, a BigInt beyond. That is as exact as decimal.js and several
 * times cheaper than parsing each amount into a Decimal to add it, which a batch does for every
 * line of every row under every scenario (bench/stages.mjs). Any other text is a bug and throws.
 */
const FEN_TEXT = /^-?\d+\.\d{2}$/;
/** Amounts of at most 15 digits are exact as Numbers; the running Number spills into the BigInt past 2^52. */
const SHORT_DIGITS = 15;
const SPILL = 2 ** 52;

/** `"1234.56"` → `123456n`. */
export function fenOf(amount: string): bigint {
  return BigInt(digitsOf(amount));
}

/** `123456n` → `"1234.56"`; zero is `"0.00"`, never `"-0.00"`. */
export function fenText(fen: bigint): string {
  const negative = fen < 0n;
  return fenDigits(negative, (negative ? -fen : fen).toString());
}

/** The unsigned digits of a count of fen, with its sign, as an amount: `"5"` → `"0.05"`. */
function fenDigits(negative: boolean, digits: string): string {
  const padded = digits.padStart(3, "0");
  return `${negative ? "-" : ""}${padded.slice(0, -2)}.${padded.slice(-2)}`;
}

/** `"-1234.56"` → `"-123456"`, after checking the form. */
function digitsOf(amount: string): string {
  if (!FEN_TEXT.test(amount)) throw new Error(`not an amount in fen: ${JSON.stringify(amount)}`);
  return `${amount.slice(0, -3)}${amount.slice(-2)}`;
}

export class FenSum {
  /** Below 2^52 in size between additions, so adding an amount under 10^15 fen stays below 2^53: exact. */
  private small = 0;
  private big = 0n;

  add(amount: string): this {
    const digits = digitsOf(amount);
    const length = digits.charCodeAt(0) === 45 ? digits.length - 1 : digits.length;
    if (length > SHORT_DIGITS) {
      this.big += BigInt(digits);
      return this;
    }
    this.small += Number(digits);
    if (this.small >= SPILL || this.small <= -SPILL) {
      this.big += BigInt(this.small);
      this.small = 0;
    }
    return this;
  }

  /** The sum in fen. */
  fen(): bigint {
    return this.big + BigInt(this.small);
  }

  /** The sum as an amount, `"1234.56"`; without a BigInt while the sum has not spilled (a batch writes seven a row per scenario). */
  text(): string {
    return this.big === 0n ? fenDigits(this.small < 0, String(Math.abs(this.small))) : fenText(this.fen());
  }
}
