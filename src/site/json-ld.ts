// schema.org Event JSON-LD for event and round pages; output through toScriptJson so no text can end the script block.
import { toIsoPartial } from "../util/date-point.ts";
import { toScriptJson } from "./escape.ts";
import type { EventView } from "./event-views.ts";

/** The JSON-LD object of one event; `pageUrl` is absolute. Only persons and organisations are attendees (a country is a Place in schema.org). */
export function toEventJsonLd(event: EventView, pageUrl: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    startDate: toIsoPartial(event.date.start),
    ...(event.date.end ? { endDate: toIsoPartial(event.date.end) } : {}),
    ...(event.planned ? { eventStatus: "https://schema.org/EventScheduled" } : {}),
    ...(event.place ? { location: { "@type": "Place", name: event.place } } : {}),
    url: pageUrl,
    ...(event.sources[0] ? { description: event.sources[0].quote } : {}),
    attendee: event.actors
      .filter((a) => a.kind !== "country")
      .map((a) => ({ "@type": a.kind === "person" ? "Person" : "Organization", name: a.name })),
  };
}

/** Several events in one script block (the rounds page): a schema.org @graph; `siteRoot` is absolute and ends in "/". */
export function eventListJsonLdScript(events: EventView[], siteRoot: string): string {
  const graph = events.map((e) => {
    const { "@context": _context, ...rest } = toEventJsonLd(e, `${siteRoot}${e.url.replace(/^\//, "")}`);
    return rest;
  });
  return `<script type="application/ld+json">${toScriptJson({ "@context": "https://schema.org", "@graph": graph })}</script>`;
}
