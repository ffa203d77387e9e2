import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The mock data on disk: the tests derive their expectations from it, never from the app. */
export const MOCK = join(__dirname, "..", "..", "..", "public", "api", "v1", "mock");

/** One endpoint's whole fixture, envelope included (`endpoint` may be a path such as `sager/<id>`). */
export const envelope = (persona: string, endpoint: string) =>
  JSON.parse(readFileSync(join(MOCK, persona, `${endpoint}.json`), "utf8"));

/** The `data` of one endpoint's fixture. */
export const data = (persona: string, endpoint: string) => envelope(persona, endpoint).data;

const DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

/** An ISO date (or date-time) as the app writes it in Danish: "14. marts 2025". */
export function longDateDa(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${d}. ${DA_MONTHS[m - 1]} ${y}`;
}

export interface DarAddress {
  vejnavn: string;
  husnr: string;
  etage: string | null;
  doer: string | null;
}

const floor = (etage: string) => (etage === "st" ? "st." : etage === "kl" ? "kl." : /^\d+$/.test(etage) ? `${etage}.` : etage);

/** An address's first line as DAR writes it: "Søndergade 31, 1. tv". */
export function addressFirstLine(a: DarAddress): string {
  let line = `${a.vejnavn} ${a.husnr}`;
  if (a.etage && a.doer) line += `, ${floor(a.etage)} ${a.doer}`;
  else if (a.etage) line += `, ${floor(a.etage)}`;
  else if (a.doer) line += `, ${a.doer}`;
  return line;
}

export interface Case {
  id: string;
  sagsnummer: string;
  titel: string;
  kle: { nummer: string; titel: string };
  fremdrift: { kode: "Opstaaet" | "Oplyst" | "Afgjort" | "Afsluttet"; fra: string };
  myndighed: { navn: string; cvr: string };
  oprettet: string;
  sidstAendret: string;
  sagsbehandlingstid: { uger: number } | null;
  afventerBorger: boolean;
  visning: "borger" | "undtagetBorger";
}

export function allCases(persona: string): Case[] {
  return data(persona, "sager");
}

/** The cases the citizen may see. */
export const visibleCases = (persona: string) => allCases(persona).filter((c) => c.visning === "borger");

export const isClosed = (c: Case) => c.fremdrift.kode === "Afsluttet";

export function caseDetail(persona: string, id: string) {
  return data(persona, `sager/${id}`);
}

export function personas(): string[] {
  return JSON.parse(readFileSync(join(MOCK, "personas.json"), "utf8")).personas.map((p: { id: string }) => p.id);
}

/** The mock data's reference date: the app's today unless a start link or the panel moves the
 * scenario clock (`src/state/clock.rs`), whatever day the tests run. */
export const REFERENCE_DATE = "2026-11-24";

/** The app's today, as its scenario clock starts. */
export function today(): string {
  return REFERENCE_DATE;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Expected decision: creation + processing time, while the case awaits a decision. */
export function expectedDecision(c: Case): string | null {
  if (!["Opstaaet", "Oplyst"].includes(c.fremdrift.kode) || !c.sagsbehandlingstid) return null;
  return addDays(c.oprettet, c.sagsbehandlingstid.uger * 7);
}

export const isOverdue = (c: Case) => {
  const expected = expectedDecision(c);
  return expected !== null && expected < today();
};

export interface Payout {
  id: string;
  bevillingId: string;
  art: "ordinaer" | "efterbetaling" | "engangsudbetaling";
  dispositionsdato: string;
  bruttobeloeb: number;
  aSkat: number;
  atp: number;
  modregning: { beloeb: number; fordringshaver: { navn: string } } | null;
  udbetaltBeloeb: number;
  status: "planlagt" | "sendt" | "udbetalt";
}

export interface Grant {
  id: string;
  ydelsesnavn: string;
  udbetaler: { navn: string };
}


export const grants = (persona: string): Grant[] => data(persona, "ydelser");
export const payouts = (persona: string): Payout[] => data(persona, "udbetalinger");
export const debt = (persona: string) => data(persona, "gaeld");

/** Kroner on the wire to whole øre, so sums are exact. */
export const oere = (kroner: number) => Math.round(kroner * 100);

/** Øre in the app's formats: "12.345,50 kr." / "DKK 12,345.50". */
export function formatKr(oere: number, lang: "da" | "en" = "da"): string {
  const sign = oere < 0 ? "-" : "";
  const abs = Math.abs(oere);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === "da" ? "." : ",");
  const number = `${sign}${whole}${lang === "da" ? "," : "."}${String(abs % 100).padStart(2, "0")}`;
  return lang === "da" ? `${number} kr.` : `DKK ${number}`;
}

/** Someone a persona may act for, from the persona's session. */
export interface Represented {
  id: string;
  type: "barn" | "fuldmagt";
  navn: string;
  omfang: string[];
}

/** Whom `persona` may act for. */
export const represented = (persona: string): Represented[] => data(persona, "session").kanHandleFor;

/** The mock directory of a represented person's data: `<persona>/paa-vegne-af/<id>`. */
export const onBehalfDir = (persona: string, name: string) => {
  const who = represented(persona).find((r) => r.navn.startsWith(name));
  if (!who) throw new Error(`${persona} cannot act for ${name}`);
  return `${persona}/paa-vegne-af/${who.id}`;
};

/**
 * A case a backend must never deliver: a report of concern (underretning) hidden from the
 * citizen. The tests inject it to show the client drops it.
 */
export function reportOfConcern(base: Case): Case {
  return {
    ...base,
    id: "0b7e3c52-9d14-5f6a-8e21-4c3b2a1d0f98",
    sagsnummer: "2026-0599130",
    titel: "Underretning vedrørende barnet",
    kle: { ...base.kle, titel: "Underretning" },
    visning: "undtagetBorger",
  };
}
