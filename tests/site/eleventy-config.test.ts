import { describe, expect, it } from "vitest";
import { provideSiteData, type EleventyConfigApi } from "../../src/site/eleventy-config.ts";
import { keyPages, readManifest } from "../../src/site/reuse-pages.ts";
import { toSiteData } from "../../src/site/site-data.ts";
import type { Timeline } from "../../src/types.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";
import { makeTempDir } from "../helpers/temp-dir.ts";

/** Just enough of Eleventy's config object to call what provideSiteData registers. */
function fakeConfig() {
  const globals = new Map<string, unknown>();
  const handlers = new Map<string, (arg: unknown) => unknown>();
  const config = {
    addFilter: () => undefined, addShortcode: () => undefined, addPassthroughCopy: () => undefined, setLibrary: () => undefined,
    addWatchTarget: () => undefined, setServerOptions: () => undefined, globalData: {},
    addGlobalData: (name: string, data: unknown) => void globals.set(name, data),
    on: (event: string, fn: (arg: unknown) => unknown) => void handlers.set(event, fn),
  };
  return { config: config as unknown as EleventyConfigApi, globals, handlers };
}

describe("provideSiteData", () => {
  it("finishes the pages a build rendered, even when the timeline changes before the build ends", async () => {
    const out = makeTempDir();
    const { config, globals, handlers } = fakeConfig();
    const rendered = sampleTimeline();
    const edited: Timeline = { ...rendered, events: rendered.events.map((e, i) => (i === 0 ? { ...e, title: "Saved during the build" } : e)) };
    let current = rendered;
    provideSiteData(config, { timeline: () => current, pathPrefix: "/", reuseFrom: out, downloads: false });
    await (globals.get("site") as () => Promise<unknown>)(); // the build reads its site data …
    current = edited; // … an edit is saved while it renders …
    await handlers.get("eleventy.after")!({ directories: { output: out }, results: [] }); // … and it ends
    // The manifest describes the pages on disk (rendered), so the next build renders the edit.
    expect((await readManifest(out))!.pages).toEqual(keyPages(toSiteData(rendered), {}).pages);
    expect(keyPages(toSiteData(edited), {}).pages).not.toEqual(keyPages(toSiteData(rendered), {}).pages);
  });
});
