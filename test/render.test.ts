// Summary lines stay readable when a result lacks many facts; the JSON keeps the full list.
import { describe, expect, it } from "vitest";
import { missingList } from "../src/render/labels.js";

describe("missingList", () => {
  const paths = Array.from({ length: 8 }, (_, i) => `facts.f${i + 1}`);

  it("lists up to six in full", () => {
    expect(missingList(paths.slice(0, 6), "en")).toBe("facts.f1, facts.f2, facts.f3, facts.f4, facts.f5, facts.f6");
  });

  it("shortens a longer list and says how many there are", () => {
    expect(missingList(paths, "zh")).toBe("facts.f1, facts.f2, facts.f3, facts.f4, facts.f5, facts.f6 等，共8项（各行列明；JSON 输出的 missing 为完整清单）");
    expect(missingList(paths, "en")).toBe("facts.f1, facts.f2, facts.f3, facts.f4, facts.f5, facts.f6 and more, 8 in all (each line names its own; JSON `missing` has the full list)");
  });
});
