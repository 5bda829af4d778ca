/**
 * The message catalogue: every user-facing string is looked up here by key and rendered in
 * Finnish, Swedish or English. Finnish is the source language of the registers; English is the
 * fallback for a message that has not been translated yet.
 */
export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

export type MessageParams = Record<string, string | number | undefined>;
export type Entry = Partial<Record<Lang, string>> & { en: string };
export type Catalogue = Record<string, Entry>;

/** Replaces `{name}` placeholders; unknown placeholders are left visible so a gap shows. */
export function render(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Looks a key up in the catalogue and renders it; an unknown key renders as the key itself. */
export function translate(catalogue: Catalogue, key: string, lang: Lang, params: MessageParams = {}): string {
  const entry = catalogue[key];
  if (!entry) return key;
  return render(entry[lang] ?? entry.en, params);
}

/** Picks the language from an explicit choice or a POSIX locale such as `fi_FI.UTF-8`. */
export function pickLang(explicit: string | undefined, locale: string | undefined): Lang {
  for (const candidate of [explicit, locale]) {
    const code = candidate?.slice(0, 2).toLowerCase();
    if (code === 'fi' || code === 'sv' || code === 'en') return code;
  }
  return 'en';
}
