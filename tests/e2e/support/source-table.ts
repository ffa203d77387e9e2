import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One source of the contract, as `src/api/source_table.rs` declares it. */
export interface TableSource {
  /** The source's stable id (`sager`), the one a section's error carries as `data-source`. */
  id: string;
  /** Its endpoints' paths below a persona (`ydelser`, `udbetalinger`). */
  paths: string[];
}

/**
 * The sources and their endpoints, read from the one table the app derives them from, so a test
 * built on this list covers a new source by construction.
 */
export function sourceTable(): TableSource[] {
  const text = readFileSync(join(__dirname, "..", "..", "..", "src", "api", "source_table.rs"), "utf8");
  const body = text.slice(text.indexOf("$then! {"), text.indexOf("macro_rules! define_sources"));
  const sources: TableSource[] = [];
  for (const line of body.split("\n")) {
    const source = line.match(/^\s*[A-Z]\w* "([a-z-]+)" (?:None|Some\(.*\)) => \[/);
    if (source) sources.push({ id: source[1], paths: [] });
    const endpoint = line.match(/^\s*[A-Z]\w* [a-z_]+ "([a-z-]+)": /);
    if (endpoint) sources[sources.length - 1].paths.push(endpoint[1]);
  }
  if (sources.length === 0 || sources.some((s) => s.paths.length === 0)) {
    throw new Error("source-table.ts: could not read src/api/source_table.rs");
  }
  return sources;
}
