// Mojibake: UTF-8 bytes that were decoded as Windows-1252/Latin-1 ("â€™" for "’", "Ã©" for "é").
// We turn each suspicious run back into bytes and decode it as UTF-8; a run that does not form
// valid UTF-8 is left alone, so real "Ã" or "â" in text survive.

// Windows-1252 bytes 0x80–0x9F as the characters a cp1252 decoder produces.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const BYTE_OF = new Map<string, number>();
for (let i = 0; i < 32; i++) BYTE_OF.set(CP1252_HIGH[i] ?? "", 0x80 + i);
for (let b = 0x80; b <= 0xff; b++) if (!BYTE_OF.has(String.fromCharCode(b))) BYTE_OF.set(String.fromCharCode(b), b);

// A UTF-8 lead byte (Â..ô) followed by at least one continuation-byte character. Linear: no nesting.
const SUSPECT =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]+/g;

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decode one run sequence by sequence; characters that do not form UTF-8 stay as they were. */
function decodeRun(run: string): string {
  const chars = [...run];
  let out = "";
  let i = 0;
  while (i < chars.length) {
    const lead = BYTE_OF.get(chars[i] ?? "") ?? 0;
    const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 1;
    const bytes: number[] = [];
    for (let k = 0; k < size && i + k < chars.length; k++) bytes.push(BYTE_OF.get(chars[i + k] ?? "") ?? -1);
    let decoded: string | null = null;
    if (size > 1 && bytes.length === size && bytes.every((b) => b >= 0)) {
      try {
        decoded = decoder.decode(new Uint8Array(bytes));
      } catch {
        decoded = null;
      }
    }
    if (decoded !== null) {
      out += decoded;
      i += size;
    } else {
      out += chars[i];
      i += 1;
    }
  }
  return out;
}

/** Repair UTF-8-read-as-cp1252 mojibake; returns the text and how many runs were repaired. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const fixed = text.replace(SUSPECT, (run) => {
    const decoded = decodeRun(run);
    if (decoded !== run) repaired++;
    return decoded;
  });
  return { text: fixed, repaired };
}
