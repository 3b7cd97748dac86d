import { describe, expect, it } from "vitest";
import { formatDatePoint, formatEventDate, isoDate, plural } from "../../src/site/filters.ts";
import { prefixSitePath } from "../../src/site/eleventy-config.ts";
import { makeEventDate, parseIsoPartial } from "../../src/util/date-point.ts";

/** "2017-02-15..2017-02-16" → EventDate (text and approximate given separately). */
function dateOf(spec: string, text = spec, approximate = false) {
  const [start, end] = spec.split("..");
  return makeEventDate(parseIsoPartial(start!)!, { ...(end ? { end: parseIsoPartial(end)! } : {}), approximate, text });
}

describe("formatEventDate", () => {
  it.each([
    ["2017-02-15..2017-02-16", "February 15-16, 2017", false, "15–16 Feb 2017"],
    ["2017-01-30..2017-02-02", "30 January – 2 February", false, "30 Jan – 2 Feb 2017"],
    ["2016-12..2017-01", "December to January", false, "Dec 2016 – Jan 2017"],
    ["2017-02-15", "February 15", false, "15 Feb 2017"],
    ["2021-02", "mid-February", true, "Feb 2021 (mid-month)"],
    ["2021-01", "late January", true, "Jan 2021 (late)"],
    ["2021-06", "earlier this summer", true, "~Jun 2021"],
    ["2021-06-07", "around June 7", true, "~7 Jun 2021"],
    ["2011", "2011", false, "2011"],
    ["2019", "mid-2019", true, "2019 (mid-year)"],
    ["2011-03", "March 2011", false, "Mar 2011"],
  ])("%s (%s, approximate %s) → %s", (spec, text, approximate, expected) => {
    expect(formatEventDate(dateOf(spec, text, approximate))).toBe(expected);
  });
});

describe("formatDatePoint and isoDate never add precision", () => {
  it.each([
    [{ year: 2017 }, "2017", "2017"],
    [{ year: 2017, month: 2 }, "Feb 2017", "2017-02"],
    [{ year: 2017, month: 2, day: 5 }, "5 Feb 2017", "2017-02-05"],
  ])("%o → %s / %s", (point, label, iso) => {
    expect(formatDatePoint(point)).toBe(label);
    expect(isoDate(point)).toBe(iso);
  });

  it("says unknown for a missing date", () => {
    expect(formatDatePoint(null)).toBe("unknown");
    expect(isoDate(null)).toBe("");
  });
});

describe("plural", () => {
  it.each([[0, "0 sources"], [1, "1 source"], [2, "2 sources"]])("%i → %s", (n, expected) => {
    expect(plural(n, "source")).toBe(expected);
  });
});

describe("prefixSitePath (the url filter)", () => {
  it.each([
    ["/events/x/", "/", "/events/x/"],
    ["/events/x/", "/sub/", "/sub/events/x/"],
    ["/", "/sub/", "/sub/"],
    ["https://example.org/a", "/sub/", "https://example.org/a"],
    ["//cdn.example.org/a", "/sub/", "//cdn.example.org/a"],
    ["#e-1", "/sub/", "#e-1"],
  ])("%s with prefix %s → %s", (value, prefix, expected) => {
    expect(prefixSitePath(value, prefix)).toBe(expected);
  });
});
