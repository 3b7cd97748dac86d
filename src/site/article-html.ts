// The text of an article page, cited sentences highlighted and linked to their events: the longest
// part of the page, and one loop per sentence in Nunjucks (about half of an article page's
// rendering), so it is built here. Every value goes through `html`, which escapes it.
import type { ArticlePage } from "./article-pages.ts";
import type { HrefOf } from "./event-html.ts";
import { html, type SafeHtml } from "./html.ts";

/** One <p> per block; a cited run is <mark><a href="event">…</a></mark>. */
export function renderArticleText(article: ArticlePage, href: HrefOf): SafeHtml {
  if (!article.blocks.length) return html`<p>No text was kept from this article.</p>`;
  return html`${article.blocks.map((b) => html`<p id="block-${b.index}">${b.segments.map((s) => (s.event ? html`<mark><a href="${href(s.event.url)}" title="${s.event.title}">${s.text}</a></mark>` : s.text))}</p>
`)}`;
}
