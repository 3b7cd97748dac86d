// Eleventy config. renderSite/serveSite pass the timeline in; run standalone
// (`node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`) it builds one from content/.
import type { EleventyConfigApi } from "./src/site/eleventy-config.ts";
import { configureSite, ELEVENTY_OPTIONS, provideSiteData } from "./src/site/eleventy-config.ts";

export { configureSite };
export const config = { ...ELEVENTY_OPTIONS, dir: { ...ELEVENTY_OPTIONS.dir, input: "templates" } };

export default async function (eleventyConfig: EleventyConfigApi): Promise<void> {
  configureSite(eleventyConfig);
  if (!("site" in eleventyConfig.globalData)) {
    const { buildTimeline } = await import("./src/build.ts");
    provideSiteData(eleventyConfig, { timeline: () => buildTimeline({ contentDir: "content" }), pathPrefix: "/" });
  }
}
