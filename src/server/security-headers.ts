/**
 * Security headers on every response. The notice pages need nothing from outside the site:
 * the policy allows only our own stylesheet, no scripts at all, and no framing.
 */
import { secureHeaders } from 'hono/secure-headers';

/** The staff pages also run their own small enhancement script (never inline), which may keep the session alive. */
export const STAFF_PAGE_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    referrerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    // A route's own policy stands (the staff pages allow their script): this sets only what is missing.
    overwrite: false,
  });
