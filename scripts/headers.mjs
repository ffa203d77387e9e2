// The HTTP headers of the release build, declared once: the Content-Security-Policy derived from
// a page's HTML (a hash for each inline <script>/<style> it carries, nothing else inline), the
// other security headers, and the caching rule for each kind of file. Used by the build
// (scripts/harden-dist.mjs writes the policy as a meta tag and dist/_headers for static hosts),
// by the Node server (scripts/serve-dist.mjs) and by the nginx configuration
// (scripts/nginx.mjs renders deploy/nginx.conf.template), so all three send the same.
import { createHash } from "node:crypto";

/** The inline blocks of `tag` ("script" or "style") in `html`, as CSP hash sources. */
export function inlineHashes(html, tag) {
  const blocks = [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))];
  return blocks
    .filter(([, attributes = ""]) => !/\ssrc=/.test(attributes))
    .map(([, , body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
}

/**
 * The app's policy for a page: scripts and styles only from this origin (plus the hash of any
 * inline block the build left), WebAssembly allowed to compile, data only from this origin, no
 * plug-ins, no <base> elsewhere, never framed. `frame-ancestors` has no effect in a meta tag
 * (browsers warn), so `forMeta` leaves it out; the server's header carries it.
 */
export function appPolicy(html, { forMeta = false } = {}) {
  const directives = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineHashes(html, "script")].join(" "),
    ["style-src 'self'", ...inlineHashes(html, "style")].join(" "),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  if (!forMeta) directives.push("frame-ancestors 'none'");
  return directives.join("; ");
}

/**
 * The API documentation's policy (the contract rendered by Redoc, /api/dokumentation/): its own
 * inline scripts by hash, but Redoc writes its styles at run time (styled-components) and runs
 * its search in a worker from a blob: address, so styles may be inline and workers may be blobs.
 * It holds no personal data and is never framed.
 */
export function docsPolicy(html) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineHashes(html, "script")].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every answer carries. */
export const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  // A citizen's page addresses hold case ids: never send them to another site.
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** A file whose name carries its content hash (`name-0123456789abcdef.ext`, written by trunk and the splitter). */
export const HASHED_FILE = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

/** How long a file may be cached: hashed files for ever, HTML and API answers never without asking. */
export function cacheControl(path) {
  if (HASHED_FILE.test(path)) return "public, max-age=31536000, immutable";
  // The mock's answers are personal data: no copy kept anywhere.
  if (path.startsWith("/api/v1/")) return "no-store";
  return "no-cache";
}
