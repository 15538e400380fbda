import { describe, expect, it } from "vitest";
import { closest } from "../src/io/suggest.js";

describe("closest: the did-you-mean for unknown names", () => {
  it("suggests a name a slip away", () => {
    expect(closest("income_limt", ["income_limit", "inclusion_rate"])).toBe("income_limit");
    expect(closest("rat", ["rate"])).toBe("rate");
    expect(closest("ID", ["id", "name"])).toBe("id");
  });

  it("suggests nothing that shares nothing with the word", () => {
    // 名称 is two edits from "id" (as far as from any two-letter word): no suggestion rather than a wrong one.
    expect(closest("名称", ["id", "name", "region"])).toBeUndefined();
    expect(closest("", ["0", "id"])).toBeUndefined();
    expect(closest("x", ["id"])).toBeUndefined();
  });
});
