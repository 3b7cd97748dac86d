// Bytes of a page -> text: UTF-8, UTF-16 with a BOM, or (invalid UTF-8) Windows-1252. Binary is refused.
import type { Diagnostic } from "../types.ts";

type Decoded = { text: string; diagnostics: Omit<Diagnostic, "file">[] } | { error: string; hint: string };

/** Decode a file's bytes; a warning says when the encoding had to be guessed. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: "The file is empty.", hint: "Import the saved page itself." };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), diagnostics: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), diagnostics: [] };
  if (bytes.subarray(0, 8192).includes(0)) return { error: "The file looks binary (it contains NUL bytes), not text.", hint: "Import a .txt, .md or .html page." };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), diagnostics: [] };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      diagnostics: [{ ruleId: "import-encoding", severity: "warning", message: "The file is not valid UTF-8; it was read as Windows-1252.", hint: "Save the page as UTF-8 if accents or quotes look wrong." }],
    };
  }
}
