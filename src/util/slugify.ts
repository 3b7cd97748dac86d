// Safe, unique slugs for ids and file names: never empty, never a path.
import slugifyText from "@sindresorhus/slugify";

/** "Bashar al-Ja'afari" → "bashar-al-jaafari"; "../../etc" → "etc"; "" → fallback. */
export function slugify(text: string, fallback = "item", maxLength = 80): string {
  const slug = slugifyText(text.replace(/['’`´]/g, ""), { decamelize: false }).slice(0, maxLength).replace(/-+$/, "");
  return slug || fallback;
}

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
