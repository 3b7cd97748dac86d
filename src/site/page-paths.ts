// Site-relative paths of every page ("/events/<slug>/"); templates pass them through Eleventy's `url` filter.
import type { EventType } from "../types.ts";

/**
 * A file-system and URL safe segment for an id: ids from the pipeline are already slugs
 * ("2017-02-15-astana-talks-round-2") and pass unchanged; anything else ("a/b", "..") is
 * flattened so a hostile id can never write outside its folder.
 */
export function pageSlug(id: string): string {
  const slug = id.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "");
  return slug || "item";
}

export const eventPath = (id: string): string => `/events/${pageSlug(id)}/`;
export const actorPath = (id: string): string => `/actors/${pageSlug(id)}/`;
export const articlePath = (id: string): string => `/articles/${pageSlug(id)}/`;
export const yearPath = (year: number): string => `/years/${year}/`;
export const typePath = (type: EventType): string => `/types/${type}/`;
export const typeYearPath = (type: EventType, year: number): string => `/types/${type}/${year}/`;

/** The in-page anchor of an event on timeline listings: "e-<slug>". */
export const eventAnchor = (id: string): string => `e-${pageSlug(id)}`;

/** The anchor of a month section: "m-2017-02"; "m-2017" for events known only to the year. */
export function monthAnchor(year: number, month: number | undefined): string {
  return month === undefined ? `m-${year}` : `m-${year}-${String(month).padStart(2, "0")}`;
}
