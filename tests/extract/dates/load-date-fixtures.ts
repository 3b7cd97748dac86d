// Reads tests/fixtures/dates*.txt (format described at the top of tests/fixtures/dates.txt).
import { readFileSync } from "node:fs";
import type { DateMention, DatePoint } from "../../../src/types.ts";
import { parseIsoPartial, toIsoPartial } from "../../../src/util/date-point.ts";

export interface DateFixture {
  /** 1-based line of the block's first sentence line, for failure messages. */
  line: number;
  section: string;
  published: DatePoint | null;
  sentence: string;
  expected: string[];
}

/** Parse a fixture file into blocks; a malformed file throws with the file and line. */
export function loadDateFixtures(path: string): DateFixture[] {
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  const fixtures: DateFixture[] = [];
  let published: DatePoint | null = null;
  let section = "";
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`${path}:${i + 1}: ${message}`);
  };
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith("## ")) section = line.slice(3).trim();
    if (line.trim() === "" || line.startsWith("#")) {
      i++;
      continue;
    }
    const directive = /^published:\s*(.*)$/.exec(line);
    if (directive) {
      const value = directive[1]!.trim();
      published = value === "none" ? null : (parseIsoPartial(value) ?? fail(`bad publication date "${value}"`));
      i++;
      continue;
    }
    const start = i;
    const input: string[] = [];
    while (i < lines.length && lines[i] !== ".") input.push(lines[i++]!);
    if (i >= lines.length) fail(`block starting at line ${start + 1} has no "." after its sentence`);
    i++;
    const expected: string[] = [];
    while (i < lines.length && lines[i] !== ".") expected.push(lines[i++]!);
    if (i >= lines.length) fail(`block starting at line ${start + 1} has no closing "."`);
    i++;
    fixtures.push({ line: start + 1, section, published, sentence: input.join("\n"), expected });
  }
  return fixtures;
}

/** A mention in fixture notation: "January 23- 24 => 2017-01-23..2017-01-24 day". */
export function formatMention(mention: DateMention): string {
  const { date } = mention;
  const span = toIsoPartial(date.start) + (date.end ? `..${toIsoPartial(date.end)}` : "");
  const flags = [date.precision, date.approximate ? "~" : "", mention.future ? "future" : ""].filter(Boolean);
  return `${mention.text} => ${span} ${flags.join(" ")}`;
}
