// A tiny RFC 4180 reader for tests: quoted fields, doubled quotes, CRLF inside quotes.

/** CSV text → rows of fields; throws on a stray quote so malformed output fails the test. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      // quoted field: up to the closing quote not followed by another quote
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quoted field at ${i}`);
        field += text.slice(i, q);
        if (text[q + 1] === '"') { field += '"'; i = q + 2; continue; }
        i = q + 1;
        break;
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\r") throw new Error(`text after closing quote at ${i}`);
      continue;
    }
    if (ch === '"') throw new Error(`quote inside unquoted field at ${i}`);
    if (ch === ",") { row.push(field); field = ""; i++; continue; }
    if (ch === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      row.push(field); rows.push(row); row = []; field = ""; i += 2; continue;
    }
    if (ch === "\n") throw new Error(`bare LF at ${i}: records must end in CRLF`);
    field += ch;
    i++;
  }
  if (field !== "" || row.length) throw new Error("last record has no CRLF");
  return rows;
}
