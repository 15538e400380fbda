// The read-tracking memo: reuse where the facts read are the same, never where an amount decides.
import { describe, expect, it } from "vitest";
import { dec } from "../src/core/money.js";
import { READ_MEMO_NODE_LIMIT, ReadMemo } from "../src/core/read-memo.js";

interface Firm {
  taxpayer?: string;
  periods?: { sales?: ReturnType<typeof dec> }[];
  flags?: Record<string, boolean>;
}

/** A pure function of a firm that counts its own evaluations. */
function counted(fn: (f: Firm) => string) {
  const calls = { n: 0 };
  const wrapped = (f: Firm) => {
    calls.n += 1;
    return fn(f);
  };
  return { calls, fn: wrapped };
}

describe("ReadMemo", () => {
  it("reuses an outcome decided by a code, and evaluates again when the code differs", () => {
    const memo = new ReadMemo<string>();
    const { calls, fn } = counted((f) => (f.taxpayer === "small-scale" ? "not-eligible" : "other"));
    expect(memo.get({ taxpayer: "small-scale", periods: [] }, fn)).toBe("not-eligible");
    expect(memo.get({ taxpayer: "small-scale", periods: [{ sales: dec(5) }] }, fn)).toBe("not-eligible");
    expect(calls.n).toBe(1);
    expect(memo.get({ taxpayer: "general" }, fn)).toBe("other");
    expect(calls.n).toBe(2);
  });

  it("never reuses an outcome an amount decided, and does not record such branches again", () => {
    const memo = new ReadMemo<string>();
    const { calls, fn } = counted((f) => (f.periods?.[0]?.sales?.gt(100) ? "big" : "small"));
    const firm = (sales: number): Firm => ({ periods: [{ sales: dec(sales) }] });
    expect(memo.get(firm(50), fn)).toBe("small");
    expect(memo.get(firm(500), fn)).toBe("big");
    expect(memo.get(firm(50), fn)).toBe("small");
    expect(calls.n).toBe(3);
    // the absent list is decided by its absence, and reused
    expect(memo.get({}, fn)).toBe("small");
    expect(memo.get({}, fn)).toBe("small");
    expect(calls.n).toBe(4);
  });

  it("tells lists apart by length and records `in` and key listings", () => {
    const memo = new ReadMemo<string>();
    const { calls, fn } = counted((f) => `${f.periods?.length ?? "none"}:${"x" in (f.flags ?? {})}:${Object.keys(f.flags ?? {}).join(",")}`);
    expect(memo.get({ periods: [{}, {}], flags: { x: true } }, fn)).toBe("2:true:x");
    expect(memo.get({ periods: [{}], flags: { x: true } }, fn)).toBe("1:true:x");
    expect(memo.get({ periods: [{}, {}], flags: { y: true } }, fn)).toBe("2:false:y");
    expect(memo.get({ periods: [{}, {}], flags: { x: false } }, fn)).toBe("2:true:x");
    expect(calls.n).toBe(3);
  });

  it("tells a fact's type apart from its text: true from \"true\", 2 items from \"2\", absent from null", () => {
    const memo = new ReadMemo<string>();
    const { calls, fn } = counted((f) => `${typeof f.taxpayer}:${String(f.taxpayer)}`);
    const firms = [true, "true", "2", null, undefined, "u", "absent", "d"].map((taxpayer) => ({ taxpayer }) as unknown as Firm);
    for (const firm of firms) expect(memo.get(firm, fn)).toBe(`${typeof firm.taxpayer}:${String(firm.taxpayer)}`);
    expect(calls.n).toBe(firms.length);
    // each is now a known branch
    for (const firm of firms) expect(memo.get(firm, fn)).toBe(`${typeof firm.taxpayer}:${String(firm.taxpayer)}`);
    expect(calls.n).toBe(firms.length);
  });

  it("treats a date as an amount: never reused", () => {
    const memo = new ReadMemo<string>();
    const { calls, fn } = counted((f) => (f.taxpayer && f.taxpayer < "2018-05-01" ? "before" : "after"));
    expect(memo.get({ taxpayer: "2018-01-01" }, fn)).toBe("before");
    expect(memo.get({ taxpayer: "2018-06-01" }, fn)).toBe("after");
    expect(memo.get({ taxpayer: "2018-01-01" }, fn)).toBe("before");
    expect(calls.n).toBe(3);
  });

  it("keeps object identity inside one evaluation", () => {
    const memo = new ReadMemo<boolean>();
    expect(
      memo.get({ periods: [{}] }, (f) => {
        const first = f.periods;
        const again = f.periods;
        return first === again && again?.indexOf(first?.[0] ?? {}) === 0;
      }),
    ).toBe(true);
  });

  it("stays bounded: past the node limit it starts again and still answers right", () => {
    const memo = new ReadMemo<string>();
    const { calls, fn } = counted((f) => f.taxpayer ?? "none");
    for (let i = 0; i < READ_MEMO_NODE_LIMIT + 10; i++) expect(memo.get({ taxpayer: `t${i}` }, fn)).toBe(`t${i}`);
    expect(memo.get({ taxpayer: "t3" }, fn)).toBe("t3");
    expect(calls.n).toBe(READ_MEMO_NODE_LIMIT + 11);
  });

  it("reports a function that is not pure", () => {
    const memo = new ReadMemo<string>();
    let flip = false;
    const impure = (f: Firm) => {
      flip = !flip;
      return flip ? (f.taxpayer ?? "") : String(f.flags);
    };
    memo.get({ taxpayer: "a" }, impure);
    expect(() => memo.get({ taxpayer: "b" }, impure)).toThrow(/not pure/);
  });
});
