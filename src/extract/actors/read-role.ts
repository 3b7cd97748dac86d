// The words in front of a name that say who the person is: "Russian Deputy Foreign Minister",
// "press secretary of the Russian president", "Secretary of the Iranian Supreme National Security Council".
import type { ClassifiedToken } from "./classify-tokens.ts";

const CONNECTORS = new Set(["of", "the", "for", "and", "to", "on", "in"]);
const MAX_ROLE_TOKENS = 14;

/** The role written right before token `start`, or undefined when no title is there. */
export function readRole(text: string, tokens: ClassifiedToken[], start: number): string | undefined {
  let from = start;
  let sawTitle = false;
  for (let k = start - 1; k >= 0 && start - k <= MAX_ROLE_TOKENS; k--) {
    const tok = tokens[k]!;
    const gap = text.slice(tok.end, tokens[k + 1]!.start);
    // A comma may only separate the role from the name itself: "…Deputy Foreign Minister, Mikhail Bogdanov".
    if (/[.;:!?()]/.test(gap) || (gap.includes(",") && k + 1 !== start)) break;
    const title = tok.cls === "phrase" && tok.entries?.some((e) => e.role === "title");
    const adjective = tok.cls === "phrase" && tok.entries?.some((e) => e.role === "adjective" || e.role === "alias" || e.role === "name" || e.role === "place");
    if (title) sawTitle = true;
    if (title || adjective || tok.cls === "stop" || (tok.cls === "lower" && CONNECTORS.has(tok.norm))) from = k;
    else if (tok.cls === "lower" && tokens[k + 1] && from === k + 1 && isLowerTitleWord(tok)) from = k;
    else break;
  }
  while (from < start && tokens[from]!.cls === "lower" && CONNECTORS.has(tokens[from]!.norm)) from++;
  if (!sawTitle || from >= start) return undefined;
  const role = text.slice(tokens[from]!.start, tokens[start - 1]!.end).replace(/[\s,“”"]+$/, "").replace(/\s+/g, " ");
  return role.length > 2 ? role : undefined;
}

function isLowerTitleWord(tok: ClassifiedToken): boolean {
  return /^(deputy|chief|senior|former|acting|top|special)$/.test(tok.norm);
}
