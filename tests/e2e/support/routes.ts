/** Every route of the app with its heading in both languages. Declared in src/page/routes.rs and src/page/texts.rs; a native test (end_to_end_route_list_matches_the_route_table) checks this list against them. */
export const routes = [
  { path: "/", da: "Mit Overblik", en: "Mit Overblik" },
  { path: "/sager", da: "Sager", en: "Cases" },
  { path: "/oekonomi", da: "Økonomi", en: "Finances" },
  { path: "/mine-oplysninger", da: "Mine oplysninger", en: "My details" },
  { path: "/digital-post", da: "Digital Post", en: "Digital Post" },
  { path: "/dine-data", da: "Dine data", en: "Your data" },
  { path: "/opgaver", da: "Det venter vi på fra dig", en: "What we are waiting for from you" },
  { path: "/nyt", da: "Nyt siden sidst", en: "New since last time" },
  { path: "/kalender", da: "Kalender", en: "Calendar" },
  { path: "/soeg", da: "Søg", en: "Search" },
  { path: "/tilgaengelighed", da: "Tilgængelighedserklæring", en: "Accessibility statement" },
  { path: "/logget-af", da: "Du er logget af", en: "You are logged out" },
  { path: "/handl-for", da: "Handl på vegne af en anden", en: "Act on behalf of someone" },
  { path: "/log-ind", da: "Log på Mit Overblik", en: "Log in to Mit Overblik" },
  { path: "/komponenter", da: "Komponenter", en: "Components" },
  { path: "/resultater", da: "Undersøgelsens resultater", en: "Study results" },
  { path: "/findes-ikke", da: "Siden findes ikke", en: "Page not found" },
] as const;

export const menu = {
  da: ["Overblik", "Sager", "Økonomi", "Mine oplysninger", "Digital Post", "Dine data"],
  en: ["Overview", "Cases", "Finances", "My details", "Digital Post", "Your data"],
};

export type Lang = "da" | "en";

/** The menu's link texts as patterns: a link may carry a count after its name (unread letters). */
export const menuNames = (lang: Lang) => menu[lang].map((name) => new RegExp(`^${name}`));

/** The two widths every page is looked at: a desktop and a phone. */
export const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
