/** Language negotiation for every page, with Hono's own detector. */
import { languageDetector } from 'hono/language';

/** The reader's language: `?lang=fi|sv|en`, else Accept-Language, else Finnish. */
export const detectLanguage = () =>
  languageDetector({
    supportedLanguages: ['fi', 'sv', 'en'],
    fallbackLanguage: 'fi',
    order: ['querystring', 'header'],
    lookupQueryString: 'lang',
    caches: false,
    // `sv-FI` and `en-GB` count as Swedish and English.
    convertDetectedLanguage: (code) => code.slice(0, 2).toLowerCase(),
  });
