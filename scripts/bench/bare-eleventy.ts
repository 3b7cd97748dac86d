// The floor: a bare Eleventy 3 build of the same markdown files, one page each, trivial layout.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Write an Eleventy config + layout under `workDir`; returns the argv to run Eleventy with. */
export async function prepareBareEleventy(repoDir: string, articlesDir: string, workDir: string, outDir: string): Promise<string[]> {
  const includes = path.join(workDir, "bare-includes");
  await mkdir(includes, { recursive: true });
  await writeFile(path.join(includes, "page.njk"), "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ title }}</title></head>\n<body><main>{{ content | safe }}</main></body></html>\n");
  const config = path.join(workDir, "bare-eleventy.config.mjs");
  // No Liquid pre-pass over markdown: scraped text may contain "{{".
  await writeFile(config, `export default function (eleventyConfig) {
  eleventyConfig.setTemplateFormats(["md"]);
  eleventyConfig.addGlobalData("layout", "page.njk");
  return { markdownTemplateEngine: false, dir: { input: ${JSON.stringify(articlesDir)}, includes: ${JSON.stringify(path.relative(articlesDir, includes))}, output: ${JSON.stringify(outDir)} } };
}
`);
  return [path.join(repoDir, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${config}`, "--quiet"];
}
