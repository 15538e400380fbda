// The award facts of a company file are a closed vocabulary: unknown figures, titles and keys are
// errors with the path and a "did you mean".
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors/problems.js";
import { parseCompany } from "../src/io/load-company.js";

function problemsOf(text: string): string {
  try {
    parseCompany(text, "a.yaml");
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("award input", () => {
  it("names an unknown figure and suggests the right one", () => {
    const message = problemsOf("name: x\nregion: hubei/ezhou\nfigures:\n  main_revnue: { \"2024\": 5亿 }\n");
    expect(message).toContain("figures.main_revnue");
    expect(message).toContain('did you mean "main_revenue"');
  });

  it("names an unknown title on an event", () => {
    const message = problemsOf("name: x\nregion: hebei/shijiazhuang\nevents:\n  - { type: recognized, title: key-labb, level: city, date: 2018-01-01 }\n");
    expect(message).toContain("events.0.title");
    expect(message).toContain('did you mean "key-lab"');
  });

  it("rejects a year key that is not a year", () => {
    const message = problemsOf("name: x\nregion: hubei/ezhou\nfigures:\n  tax_paid: { \"FY24\": 5亿 }\n");
    expect(message).toContain('figures.tax_paid.FY24: the key: expected a year such as 2018, found "FY24"');
  });

  it("rejects an amount that is not one", () => {
    const message = problemsOf("name: x\nregion: hubei/ezhou\nfigures:\n  tax_paid: { \"2024\": 三千万 }\n");
    expect(message).toContain("figures.tax_paid.2024: expected an amount");
  });

  it("accepts the documented example input", () => {
    const company = parseCompany(
      "name: x\nregion: hebei/shijiazhuang\nfacts: { pays_tax_locally: true }\nfigures: { main_revenue: { \"2017\": 9.5亿 } }\nevents:\n  - { type: listed, board: neeq, date: 2016-05-10 }\nawards_received:\n  - { policy: sjz-listing-award, year: 2016, amount: 150万, board: neeq }\n",
      "a.yaml",
    );
    expect(company.figures?.main_revenue?.["2017"]?.toFixed()).toBe("950000000");
    expect(company.events?.[0]).toMatchObject({ type: "listed", board: "neeq", via: "ipo" });
  });
});
