// markdown-it-style fixture files: "published: …" headers, then blocks of
//   <input lines> / "." / <expected lines> / "."
// so a failing case points at a readable line of a plain-text file.
import { readFileSync } from "node:fs";

export interface FixtureBlock {
  published: string | null;
  input: string;
  expected: string[];
  line: number;
}

/** Parse a fixture file into blocks. */
export function readFixtureBlocks(file: string): FixtureBlock[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const blocks: FixtureBlock[] = [];
  let published: string | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith("#") || line.trim() === "") { i++; continue; }
    const header = /^published:\s*(\S+)\s*$/.exec(line);
    if (header) { published = header[1] === "none" ? null : header[1]!; i++; continue; }
    const start = i;
    const input: string[] = [];
    while (i < lines.length && lines[i] !== ".") input.push(lines[i++]!);
    i++;
    const expected: string[] = [];
    while (i < lines.length && lines[i] !== ".") expected.push(lines[i++]!);
    i++;
    blocks.push({ published, input: input.join("\n"), expected: expected.filter((l) => l.trim()), line: start + 1 });
  }
  return blocks;
}
