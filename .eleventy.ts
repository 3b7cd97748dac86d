// Eleventy config. renderSite/serveSite pass the timeline in; run standalone
// (`node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`) it builds one from content/.
import type { EleventyConfigApi } from "./src/site/eleventy-config.ts";
import { configureSite, ELEVENTY_OPTIONS, provideSiteData, TEMPLATES_DIR } from "./src/site/eleventy-config.ts";

export { configureSite };
// Absolute: `dateline build` may run from any folder.
export const config = { ...ELEVENTY_OPTIONS, dir: { ...ELEVENTY_OPTIONS.dir, input: TEMPLATES_DIR } };

export default async function (eleventyConfig: EleventyConfigApi): Promise<void> {
  configureSite(eleventyConfig);
  if (!("site" in eleventyConfig.globalData)) {
    const { buildTimeline } = await import("./src/build.ts");
    provideSiteData(eleventyConfig, { timeline: () => buildTimeline({ contentDir: "content" }), pathPrefix: "/" });
  }
}
