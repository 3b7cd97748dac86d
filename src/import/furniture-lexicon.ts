// The furniture lexicon: phrases an editor can extend in content/curation/furniture-phrases.yml.
import matter from "gray-matter";

export interface FurnitureLexicon {
  /** A line containing one of these (lower case) is furniture. */
  phrases: string[];
  /** A line that is exactly one of these (lower case, punctuation ignored) is furniture. */
  lines: string[];
  /** A line that is exactly one of these opens a block of other headlines. */
  headers: string[];
}

// The few structural words every news site uses; the data file adds the rest.
export const BASE_LEXICON: FurnitureLexicon = {
  phrases: ["{{", "}}"],
  lines: ["share", "advertisement", "loading"],
  headers: ["read also", "read more", "see also", "most read", "related"],
};

/** Lower-case, punctuation-free form used to compare whole lines ("Loading..." -> "loading"). */
export function lineKey(line: string): string {
  // In ASCII the letters and digits are [a-z0-9] once lower-cased: the same key without the
  // slower Unicode-property pattern (every short line of every article is keyed, most twice).
  return ASCII_ONLY.test(line) ? line.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim() : line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];

/** Parse the YAML data file; errors come back as messages, never thrown. */
export function parseFurnitureLexicon(yamlText: string): { lexicon: FurnitureLexicon; errors: string[] } {
  try {
    // gray-matter's YAML engine is js-yaml's safe loader: no custom tags are executed.
    const data: unknown = matter(`---\n${yamlText}\n---\n`, {}).data;
    const record = (data ?? {}) as Record<string, unknown>;
    return {
      lexicon: {
        phrases: asList(record.phrases).map((p) => p.toLowerCase()),
        lines: asList(record.lines).map(lineKey),
        headers: asList(record.headers).map(lineKey),
      },
      errors: [],
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { lexicon: { phrases: [], lines: [], headers: [] }, errors: [`invalid YAML: ${reason}`] };
  }
}

/** The base lexicon plus an editor's additions, without duplicates. */
export function mergeLexicons(...lexicons: FurnitureLexicon[]): FurnitureLexicon {
  const uniq = (key: keyof FurnitureLexicon) => [...new Set(lexicons.flatMap((l) => l[key]))];
  return { phrases: uniq("phrases"), lines: uniq("lines"), headers: uniq("headers") };
}
