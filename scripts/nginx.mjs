// nginx for the release build: renders deploy/nginx.conf.template with the headers of
// scripts/headers.mjs (the policies carry the hashes of the build in --dir), and runs it.
//   node scripts/nginx.mjs --render --dir /srv/dist --port 80 [--prefix /var/lib/mit-overblik]
//       prints the configuration (for a server of your own)
//   node scripts/nginx.mjs --dir dist --port 4173
//       runs nginx in the foreground on 127.0.0.1 with its files under test-results/nginx-<port>
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { appPolicy, docsPolicy, SECURITY_HEADERS } from "./headers.mjs";
import { FALLBACK_PAGE } from "./route-pages.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** Whether nginx and its brotli module are installed, and nginx's version ("nginx/1.22.1"). */
export function nginxVersion() {
  const probe = spawnSync("nginx", ["-v"], { encoding: "utf8" });
  if (probe.status !== 0 || !existsSync(BROTLI)) return null;
  return (probe.stderr || probe.stdout).trim().replace(/^nginx version: /, "");
}

const addHeaders = (headers) =>
  Object.entries(headers)
    .map(([name, value]) => `            add_header ${name} "${value}" always;`)
    .join("\n");

/** The configuration for the build in `dir`, listening on `listen`, nginx's own files in `prefix`. */
export function renderNginx({ dir, listen, prefix }) {
  const dist = resolve(dir);
  const app = readFileSync(join(dist, "index.html"), "utf8");
  const docsFile = join(dist, "api", "dokumentation", "index.html");
  const docs = existsSync(docsFile) ? readFileSync(docsFile, "utf8") : "";
  // The page with the neutral frame (scripts/route-pages.mjs) when the build has one.
  const framed = existsSync(join(dist, FALLBACK_PAGE));
  const fallback = framed ? `/${FALLBACK_PAGE}` : "/index.html";
  let template = readFileSync(join(root, "deploy", "nginx.conf.template"), "utf8");
  if (!framed) template = template.replace(/\n\s*location = @FALLBACK@ \{[^}]*\}/, "");
  return template
    .replace("@MODULES@", `load_module ${BROTLI};`)
    .replaceAll("@PREFIX@", resolve(prefix))
    .replace("@LISTEN@", listen)
    .replace("@ROOT@", dist)
    .replaceAll("@FALLBACK@", fallback)
    .replaceAll("@APP_HEADERS@", addHeaders({ ...SECURITY_HEADERS, "Content-Security-Policy": appPolicy(app) }))
    .replaceAll("@DOCS_HEADERS@", addHeaders({ ...SECURITY_HEADERS, "Content-Security-Policy": docsPolicy(docs) }))
    .replaceAll("@SECURITY_HEADERS@", addHeaders(SECURITY_HEADERS));
}

/** Runs nginx in the foreground for the build in `dir` on 127.0.0.1:`port`; resolves to the child. */
export function runNginx({ dir, port }) {
  const prefix = join(root, "test-results", `nginx-${port}`);
  mkdirSync(prefix, { recursive: true });
  let config = renderNginx({ dir, listen: `127.0.0.1:${port}`, prefix });
  // Run by root (CI), the workers would read as "nobody": keep the tests' user.
  if (process.getuid?.() === 0) config = config.replace("worker_processes 1;", "user root;\nworker_processes 1;");
  const file = join(prefix, "nginx.conf");
  writeFileSync(file, config);
  const test = spawnSync("nginx", ["-t", "-q", "-p", prefix, "-e", join(prefix, "error.log"), "-c", file], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  return spawn("nginx", ["-p", prefix, "-e", join(prefix, "error.log"), "-c", file, "-g", "daemon off;"], { stdio: "inherit" });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
  const dir = option("dir", "dist");
  const port = option("port", "8080");
  if (args.includes("--render")) {
    process.stdout.write(renderNginx({ dir, listen: port, prefix: option("prefix", "/var/lib/mit-overblik") }));
  } else {
    const child = runNginx({ dir, port });
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill("SIGQUIT"));
    child.on("exit", (code) => process.exit(code ?? 0));
  }
}
