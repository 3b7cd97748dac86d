// @11ty/eleventy-plugin-rss 3 ships JavaScript without types; only the helpers src/export uses.
declare module "@11ty/eleventy-plugin-rss" {
  /** RFC 3339 date-time in UTC without milliseconds: "2017-02-13T00:00:00Z". */
  export function dateToRfc3339(date: Date): string;
}
