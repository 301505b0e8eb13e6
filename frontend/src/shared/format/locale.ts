/**
 * The locale every date, time, number and amount on the page follows, and
 * the cache of Intl formatters built for it. The page follows the system
 * locale (`undefined`: the webview's, which is the desktop's); tests, and a
 * future preference, can pin one with setFormatLocale.
 *
 * Formatters are cached per locale and options because building one costs far
 * more than using it (a list of 300 rows formats 600 dates). A formatter keeps
 * the time zone it was built in; the page's zone does not change while it runs.
 */

let pinned: string | undefined;

/** setFormatLocale pins the locale (a BCP 47 tag such as "de-DE"); undefined goes back to the system's. */
export function setFormatLocale(locale: string | undefined): void {
  pinned = locale;
}

/** formatLocale is the locale in use, resolved ("en-US" when the system's is "en_US.UTF-8"). */
export function formatLocale(): string {
  return dateFormat({}).resolvedOptions().locale;
}

/**
 * The language of the page's words. Huntbook speaks English, so relative
 * words ("today", "3 days ago") are English while the digits, month names
 * and order follow the locale, as in a desktop whose dates are set to
 * another region than its language.
 */
export const wordsLanguage = 'en';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** dateFormat is the cached Intl.DateTimeFormat of the page's locale for options. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${pinned ?? ''}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(pinned, options);
    dateFormats.set(key, f);
  }
  return f;
}

/** numberFormat is the cached Intl.NumberFormat of the page's locale for options. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${pinned ?? ''}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(pinned, options);
    numberFormats.set(key, f);
  }
  return f;
}

/** relativeFormat is the cached Intl.RelativeTimeFormat of the page's words ("yesterday", "in 3 days"). */
export function relativeFormat(numeric: 'auto' | 'always' = 'auto'): Intl.RelativeTimeFormat {
  let f = relativeFormats.get(numeric);
  if (!f) {
    f = new Intl.RelativeTimeFormat(wordsLanguage, { numeric });
    relativeFormats.set(numeric, f);
  }
  return f;
}
