// The award block's optional keys for partly computable texts: a rate that is only a ceiling (按不超过…%), and a premium
// share left to another body (一定比例) that the company file states.
import { describe, expect, it } from "vitest";
import { awardSchema } from "../src/tables/award-schema.js";

describe("award block keys for partly computable texts", () => {
  it("rate_is_ceiling defaults to false and is accepted on percent-of-base", () => {
    const plain = awardSchema.parse({ shape: "percent-of-base-capped", base: ["abs_issued"], rate: "rate" });
    expect(plain.shape === "percent-of-base-capped" && plain.rate_is_ceiling).toBe(false);
    const ceiling = awardSchema.parse({ shape: "percent-of-base-capped", base: ["abs_issued"], rate: "rate", rate_is_ceiling: true });
    expect(ceiling.shape === "percent-of-base-capped" && ceiling.rate_is_ceiling).toBe(true);
  });

  it("premium-subsidy takes its share from the text (rate) or from the company (rate_from), exactly one", () => {
    const base = { shape: "premium-subsidy", premium: "zhengyinbao_premium" };
    expect(awardSchema.safeParse({ ...base, rate: "rate" }).success).toBe(true);
    expect(awardSchema.safeParse({ ...base, rate_from: "zhengyinbao_premium_subsidy_share" }).success).toBe(true);
    expect(awardSchema.safeParse({ ...base, rate: "rate", rate_from: "zhengyinbao_premium_subsidy_share" }).success).toBe(false);
    expect(awardSchema.safeParse(base).success).toBe(false);
  });
});
