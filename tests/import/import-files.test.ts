import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";
import { importFiles } from "../../src/import/import-files.ts";

const FIXTURES = "tests/fixtures/raw";
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dateline-import-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const frontOf = (path: string) => matter(readFileSync(path, "utf8"), {}).data as Record<string, unknown>;

describe("importFiles: the raw fixtures end to end", () => {
  it("imports each page once; a second import replaces nothing and duplicates nothing", async () => {
    const into = join(tempDir(), "articles");
    const first = await importFiles([FIXTURES], { into });
    expect(first.map((r) => r.status)).toEqual(["written", "written", "written", "written"]);
    const names = readdirSync(into).sort();
    expect(names).toEqual([
      "2017-03-15-regional-leaders-sign-grid-connection-deal.md",
      "2018-03-08-fishing-quota-talks-end-without-agreement.md",
      "2019-03-05-water-commission-agrees-to-meet-again-in-tashkent.md",
      "undated-mayors-call-for-a-new-round-of-border-talks.md",
    ]);
    const second = await importFiles([FIXTURES], { into });
    expect(second.map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(readdirSync(into).sort()).toEqual(names);
  });

  it("reports found and undetermined fields per file", async () => {
    const into = join(tempDir(), "articles");
    const [noYear, savedOn, usNumeric, wire] = await importFiles([FIXTURES], { into });
    expect(noYear?.undetermined.some((u) => u.startsWith("published: unknown"))).toBe(true);
    expect(noYear?.diagnostics.map((d) => d.ruleId)).toContain("import-published-unknown");
    expect(savedOn?.found.find((f) => f.startsWith("published"))).toContain("inferred");
    expect(usNumeric?.found).toContain("url: https://valleynews.example/2017/03/15/grid-deal-signed/");
    const cutOff = wire?.diagnostics.find((d) => d.ruleId === "import-cut-off");
    expect(cutOff).toMatchObject({ file: join(FIXTURES, "wire-dateline.txt"), line: 26 });
  });

  it("writes the fields, the furniture and a clean body", async () => {
    const into = join(tempDir(), "articles");
    const [, , usNumeric] = await importFiles([FIXTURES], { into });
    const text = readFileSync(usNumeric?.written ?? "", "utf8");
    expect(frontOf(usNumeric?.written ?? "")).toMatchObject({
      title: "Regional leaders sign grid connection deal",
      published: "2017-03-15",
      source: "valleynews",
      url: "https://valleynews.example/2017/03/15/grid-deal-signed/",
      imported_from: "us-numeric-stamp.txt",
    });
    const body = matter(text, {}).content;
    for (const furniture of ["By Maria Lopez", "(Photo by", "@valleynews_example", "senior correspondent"]) expect(body).not.toContain(furniture);
    expect(body).toContain("Regional leaders signed a deal on Wednesday");
  });
});

describe("importFiles: edited files are never overwritten without force, nothing is deleted", () => {
  it("refuses to replace an edited import, then replaces it with force", async () => {
    const root = tempDir();
    const into = join(root, "articles");
    const page = join(root, "page.txt");
    copyFileSync(join(FIXTURES, "no-year.txt"), page);
    const [first] = await importFiles([page], { into });
    const file = first?.written ?? "";
    const edited = readFileSync(file, "utf8").replace("published: null", 'published: "2021-06"');
    writeFileSync(file, edited);

    const [refused] = await importFiles([page], { into });
    expect(refused?.status).toBe("refused");
    expect(refused?.diagnostics.find((d) => d.ruleId === "import-edited-file")?.hint).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe(edited);

    const [forced] = await importFiles([page], { into, force: true });
    expect(forced?.status).toBe("replaced");
    expect(forced?.written).toBe(file);
    expect(frontOf(file).published).toBeNull();
    expect(readdirSync(into)).toEqual([file.split("/").pop()]);
  });

  it("replaces an untouched import in place when the page changed, keeping the file name", async () => {
    const root = tempDir();
    const into = join(root, "articles");
    const page = join(root, "page.txt");
    copyFileSync(join(FIXTURES, "saved-on-inferred.txt"), page);
    const [first] = await importFiles([page], { into });
    writeFileSync(page, readFileSync(page, "utf8").replace("Fishing quota talks end without agreement", "Quota talks collapse"));
    const [second] = await importFiles([page], { into });
    expect(second?.status).toBe("replaced");
    expect(second?.written).toBe(first?.written);
    expect(readdirSync(into)).toHaveLength(1);
  });

  it("never overwrites another article that happens to get the same file name", async () => {
    const root = tempDir();
    const into = join(root, "articles");
    mkdirSync(into);
    writeFileSync(join(into, "undated-mayors-call-for-a-new-round-of-border-talks.md"), "---\ntitle: Mine\n---\n\nHand written.\n");
    const [result] = await importFiles([join(FIXTURES, "no-year.txt")], { into });
    expect(result?.written).toBe(join(into, "undated-mayors-call-for-a-new-round-of-border-talks-2.md"));
    expect(readFileSync(join(into, "undated-mayors-call-for-a-new-round-of-border-talks.md"), "utf8")).toContain("Hand written.");
  });
});

describe("importFiles: other inputs", () => {
  it("keeps the fields a markdown file already gives and unwraps its paragraphs", async () => {
    const root = tempDir();
    const md = join(root, "note.md");
    writeFileSync(md, '---\ntitle: "Given title"\npublished: 2021-06\npublished_note: "Set by the editor."\n---\n\nMayors of the border towns called for a new round\nof talks on crossing rules on Monday.\n\nThe talks are expected to resume in July, one of the mayors said.\n');
    const [result] = await importFiles([md], { into: join(root, "articles") });
    expect(result?.status).toBe("written");
    const data = frontOf(result?.written ?? "");
    expect(data).toMatchObject({ title: "Given title", published: "2021-06", published_note: "Set by the editor.", imported_from: "note.md" });
    expect(matter(readFileSync(result?.written ?? "", "utf8"), {}).content).toContain("called for a new round of talks on crossing rules on Monday.");
  });

  it("reads a saved HTML page", async () => {
    const root = tempDir();
    const html = join(root, "page.html");
    writeFileSync(html, "<html><head><title>X</title><script>alert(1)</script></head><body><nav><a>Home</a><a>World</a></nav><h1>Commission agrees to meet again</h1><p>Published: 05.03.2019 14:02</p><p>Delegations from five countries agreed on Tuesday to hold the next session of the commission, its chair said.</p><p>The chair told reporters the talks had been &ldquo;constructive&rdquo; and that work would continue.</p></body></html>");
    const [result] = await importFiles([html], { into: join(root, "articles") });
    const data = frontOf(result?.written ?? "");
    expect(data).toMatchObject({ title: "Commission agrees to meet again", published: "2019-03-05" });
    expect(readFileSync(result?.written ?? "", "utf8")).not.toContain("alert(1)");
  });

  it.each([
    ["empty.txt", Buffer.alloc(0), "import-unreadable"],
    ["binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), "import-unreadable"],
    ["menu-only.txt", Buffer.from("Home\nWorld\nSport\n"), "import-failed"],
  ])("skips %s with a clear message and writes nothing", async (name, bytes, ruleId) => {
    const root = tempDir();
    writeFileSync(join(root, name), bytes);
    const [result] = await importFiles([join(root, name)], { into: join(root, "articles") });
    expect(result?.diagnostics[0]?.ruleId).toBe(ruleId);
    expect(result?.diagnostics[0]?.file).toBe(join(root, name));
    expect(readdirSync(join(root, "articles"))).toEqual([]);
  });

  it("decodes UTF-16 with a BOM and falls back to Windows-1252 for invalid UTF-8", async () => {
    const root = tempDir();
    const text = "Commission agrees to meet again\n\nDelegations from five countries agreed on Tuesday to hold the next session in Tashkent, its chair said.\n";
    writeFileSync(join(root, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    writeFileSync(join(root, "latin.txt"), Buffer.from(text.replace("Tashkent", "Tashk\u00e9nt"), "latin1"));
    const [latin, utf16] = await importFiles([root], { into: join(root, "articles") });
    expect(utf16?.status).toBe("written");
    expect(latin?.diagnostics.map((d) => d.ruleId)).toContain("import-encoding");
    expect(readFileSync(latin?.written ?? "", "utf8")).toContain("Tashként");
  });

  it("names a missing path", async () => {
    const root = tempDir();
    const [result] = await importFiles([join(root, "nope.txt")], { into: join(root, "articles") });
    expect(result?.status).toBe("skipped");
    expect(result?.diagnostics[0]?.message).toContain("does not exist");
  });
});

describe("importFiles: hostile markdown front matter", () => {
  it.each([
    ["wrong types", '---\ntitle: [1, 2]\npublished: 2017-02-30\n---\n\nDelegations from five countries agreed on Tuesday to hold the next session, its chair said.\n', "import-front-matter-type"],
    ["invalid YAML", "---\ntitle: [unclosed\n---\n\nDelegations from five countries agreed on Tuesday to hold the next session, its chair said.\n", "import-failed"],
    ["a custom tag", "---\ntitle: !!js/function 'function(){ return 1 }'\n---\n\nDelegations from five countries agreed on Tuesday to hold the next session, its chair said.\n", "import-failed"],
    ["an alias bomb", `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: *e\n---\n\nDelegations from five countries agreed on Tuesday to hold the next session, its chair said.\n`, "import-front-matter-type"],
  ])("%s: a clear diagnostic, never a crash", async (_name, text, ruleId) => {
    const root = tempDir();
    writeFileSync(join(root, "bad.md"), text);
    const [result] = await importFiles([join(root, "bad.md")], { into: join(root, "articles") });
    const diagnostic = result?.diagnostics.find((d) => d.ruleId === ruleId);
    expect(diagnostic?.file).toBe(join(root, "bad.md"));
    expect(diagnostic?.hint).toBeTruthy();
  });
});
