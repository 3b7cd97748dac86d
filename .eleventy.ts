// Eleventy config. renderSite/serveSite pass the timeline in; run standalone
// (`node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`) it builds one from
// content/. Standalone, the path prefix comes from DATELINE_PATH_PREFIX (Eleventy's --pathprefix is
// not visible to config code); `dateline build --path-prefix /sub/` is the usual way.
import type { EleventyConfigApi } from "./src/site/eleventy-config.ts";
import { configureSite, ELEVENTY_OPTIONS, provideSiteData, TEMPLATES_DIR } from "./src/site/eleventy-config.ts";

export { configureSite };
// Absolute: `dateline build` may run from any folder (a relative "templates" would be looked up there).
export const config = { ...ELEVENTY_OPTIONS, dir: { ...ELEVENTY_OPTIONS.dir, input: TEMPLATES_DIR } };

export default async function (eleventyConfig: EleventyConfigApi): Promise<void> {
  configureSite(eleventyConfig);
  if (!("site" in eleventyConfig.globalData)) {
    const { buildTimeline } = await import("./src/build.ts");
    const { normalizePathPrefix } = await import("./src/export/site-url.ts");
    const pathPrefix = normalizePathPrefix(process.env.DATELINE_PATH_PREFIX ?? "/");
    provideSiteData(eleventyConfig, { timeline: () => buildTimeline({ contentDir: "content" }), pathPrefix });
  }
}
