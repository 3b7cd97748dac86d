// Bytes from disk → text, whatever the scraper saved: UTF-8 (with or without BOM), UTF-16 with
// BOM, invalid UTF-8 (decoded lossily, with a warning), CRLF. Binary files are refused.
import type { Diagnostic } from "../types.ts";

export interface DecodedText {
  text: string | null;
  diagnostics: Diagnostic[];
}

/** Decode a file's bytes; `text` is null when the file cannot be an article. */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    if (bytes.subarray(0, 8000).includes(0)) {
      return { text: null, diagnostics: [{ ruleId: "binary-file", severity: "error", message: "The file looks binary (it contains NUL bytes), not text.", hint: "Only UTF-8 or UTF-16 text articles can be read; remove the file or convert it to text.", file }] };
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("utf-8").decode(bytes);
      diagnostics.push({ ruleId: "invalid-utf8", severity: "warning", message: "The file is not valid UTF-8; undecodable bytes were replaced with U+FFFD.", hint: "Re-save the file as UTF-8.", file });
    }
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return { text, diagnostics };
}
