import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../../src/extract/dates/index.ts";
import { formatMention, loadDateFixtures } from "./load-date-fixtures.ts";

const FIXTURE_DIR = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const files = readdirSync(FIXTURE_DIR).filter((name) => /^dates.*\.txt$/.test(name));

describe.each(files)("%s", (file) => {
  const fixtures = loadDateFixtures(FIXTURE_DIR + file);
  it("holds enough cases to mean something", () => {
    expect(fixtures.length).toBeGreaterThan(10);
  });
  it.each(fixtures.map((f) => [`line ${f.line} [${f.section}]: ${f.sentence.slice(0, 60)}`, f] as const))("%s", (_name, fixture) => {
    const mentions = extractDates(fixture.sentence, { published: fixture.published });
    expect(mentions.map(formatMention)).toEqual(fixture.expected);
  });
});
