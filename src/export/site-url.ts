// Absolute URLs of site pages, for downloads read outside the site (feeds, calendars, TimelineJS).
import type { DatePoint, EventId } from "../types.ts";
import { eventPath } from "../site/page-paths.ts";
import { isHttpUrl } from "./escape-markup.ts";

export const DEFAULT_SITE_URL = "http://localhost:8080";

export interface SiteLocation {
  /** "/" or a sub-path such as "/dateline/" (GitHub Pages project sites). */
  pathPrefix: string;
  /** Scheme and host, e.g. "https://example.org"; default http://localhost:8080. */
  siteUrl?: string;
}

/** "/sub/" from "sub", "/sub" or "/sub/"; "/" from "" or "/". */
export function normalizePathPrefix(prefix: string): string {
  const inner = prefix.split("/").filter(Boolean).join("/");
  return inner ? `/${inner}/` : "/";
}

/** The site root as an absolute URL ending in "/"; throws on a non-http(s) siteUrl (a configuration mistake). */
export function siteRootUrl(location: SiteLocation): string {
  const base = location.siteUrl ?? DEFAULT_SITE_URL;
  if (!isHttpUrl(base)) {
    throw new Error(`siteUrl must be an absolute http(s) URL such as "https://example.org"; received ${JSON.stringify(base)}. Fix the --site-url option.`);
  }
  const origin = new URL(base).origin;
  return `${origin}${normalizePathPrefix(location.pathPrefix)}`;
}

/** The event's permalink as an absolute URL: its entry on its month's page (see eventPath). */
export function eventPageUrl(event: { id: EventId; date: { start: DatePoint } }, location: SiteLocation): string {
  return eventPageUrlUnder(siteRootUrl(location), event);
}

/** eventPageUrl with the root (siteRootUrl) worked out once, for a writer that links every event. */
export function eventPageUrlUnder(root: string, event: { id: EventId; date: { start: DatePoint } }): string {
  return `${root}${eventPath(event).slice(1)}`;
}
