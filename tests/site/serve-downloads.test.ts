import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { serveDownloads } from "../../src/site/serve-downloads.ts";
import type { Timeline } from "../../src/types.ts";
import { sampleTimeline } from "../helpers/sample-timeline.ts";

/** Ask the middleware for `url`; what it answered, or "next" when it passed the request on. */
function ask(middleware: ReturnType<typeof serveDownloads>, url: string): { status: number; type: string; body: string } | "next" {
  let answer: { status: number; type: string; body: string } | "next" = "next";
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      answer = { status, type: headers["Content-Type"] ?? "", body: "" };
      return res;
    },
    end(body: string) {
      if (answer !== "next") answer.body = body;
    },
  };
  middleware({ url } as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return answer;
}

describe("serveDownloads", () => {
  const timeline = sampleTimeline();
  const middleware = serveDownloads(() => timeline, "/sub/", { pathPrefix: "/sub/", siteUrl: "http://localhost:8080" });

  it.each([
    ["/sub/timeline.json", "application/json", '"version": 1'],
    ["/sub/timelinejs.json?x=1", "application/json", '"events"'],
    ["/sub/events.csv", "text/csv", "id,"],
    ["/sub/calendar.ics", "text/calendar", "BEGIN:VCALENDAR"],
    ["/sub/feed.xml", "application/atom+xml", "<feed"],
  ])("answers %s as %s", (url, type, fragment) => {
    const answer = ask(middleware, url);
    expect(answer).not.toBe("next");
    if (answer === "next") return;
    expect(answer.status).toBe(200);
    expect(answer.type).toBe(`${type}; charset=utf-8`);
    expect(answer.body).toContain(fragment);
  });

  it.each(["/sub/", "/sub/report/", "/timeline.json", "/sub/assets/site.css", "/sub/nested/timeline.json", "/sub/%E0%A4%A", "//x:99999"])("passes %s on", (url) => {
    expect(ask(middleware, url)).toBe("next");
  });

  it("answers from the current timeline", () => {
    let current: Timeline = sampleTimeline();
    const live = serveDownloads(() => current, "/", { pathPrefix: "/" });
    const first = ask(live, "/timeline.json");
    current = sampleTimeline();
    current.events[0]!.title = "A retitled event";
    const second = ask(live, "/timeline.json");
    expect(first !== "next" && first.body).not.toContain("A retitled event");
    expect(second !== "next" && second.body).toContain("A retitled event");
  });

  it("says what went wrong when a download cannot be made", () => {
    const broken = serveDownloads(() => timeline, "/", { pathPrefix: "/", siteUrl: "ftp://example.org" });
    const answer = ask(broken, "/feed.xml");
    expect(answer).toMatchObject({ status: 500 });
    expect(answer !== "next" && answer.body).toMatch(/Could not build feed\.xml: siteUrl must be an absolute http\(s\) URL/);
  });
});
