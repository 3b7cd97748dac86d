// Safe, unique slugs for ids and file names: never empty, never a path.
import slugifyText from "@sindresorhus/slugify";

/** "Bashar al-Ja'afari" → "bashar-al-jaafari"; "../../etc" → "etc"; "" → fallback. */
export function slugify(text: string, fallback = "item", maxLength = 80): string {
  const plain = text.replace(/['’`´]/g, "");
  const slug = (ASCII_WITHOUT_AMPERSAND.test(plain) ? slugifyAscii(plain) : slugifyText(plain, { decamelize: false })).slice(0, maxLength).replace(/-+$/, "");
  return slug || fallback;
}

/**
 * What slugifyText gives ASCII text without "&" (nothing to transliterate or replace; the
 * apostrophes it treats apart are gone): lower case, every run of other characters one dash, none
 * at the ends. Tested equal on generated text; a merge of 10,000 articles slugs ~50,000 titles.
 */
const ASCII_WITHOUT_AMPERSAND = /^[\0-%'-\x7f]*$/;
const slugifyAscii = (text: string): string => text.toLowerCase().replace(/[^a-z\d]+/g, "-").replace(/^-|-$/g, "");

/** Hands out slugs that are unique within one run: "x", "x-2", "x-3" … */
export function createSlugRegistry(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}
