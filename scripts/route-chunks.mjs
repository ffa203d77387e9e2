// Which wasm chunks each route address loads on arrival: read by scripts/route-pages.mjs (each
// page's preloads) and scripts/split-wasm.mjs (which splits load together, for merging the
// shared chunks). tests/e2e/headers.spec.ts checks it against what the app really fetches.

/**
 * The decoders of every source but the session (`chunk` in src/api/source_table.rs): every page
 * of a logged-in citizen reads every source at once, so it fetches them; preloaded with the main
 * module rather than a round after the answers. Not on the login page (nobody is logged in).
 */
const DECODERS = "decoders";

/** Routes with a chunk that a visitor sees without logging in (nobody's data is read there). */
const PUBLIC = ["/log-ind", "/resultater"];

/**
 * Each route address and the chunks it shows on arrival (the first argument of its `lazy_route!`
 * or `lazy_view!`, and of any `LazyPart` the page shows at once).
 */
export const ROUTE_CHUNKS = Object.fromEntries(
  Object.entries({
    "/": ["overview", "overview_sources", "event_cards"],
    "/sager": ["cases"],
    "/oekonomi": ["economy"],
    "/mine-oplysninger": ["my_data"],
    "/digital-post": ["digital_post"],
    "/dine-data": ["data_use", "reuse_map"],
    "/handl-for": ["data_use"],
    "/opgaver": ["tasks"],
    "/nyt": ["news"],
    "/kalender": ["calendar"],
    "/soeg": ["search"],
    "/log-ind": ["login"],
    "/komponenter": ["gallery"],
    "/resultater": ["report"],
  }).map(([route, chunks]) => [route, PUBLIC.includes(route) ? chunks : [...chunks, DECODERS]]),
);
