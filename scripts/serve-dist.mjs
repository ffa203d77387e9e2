// Serves the release build in dist/ on loopback, the way production must: files as they are,
// precompressed (`<file>.br`, `<file>.gz`, written by the build) with `Content-Encoding` when the
// browser accepts it, and for every other page address the page with the neutral frame
// (shell.html; index.html in a build without frames) so deep links survive a reload.
// A missing file that has an extension (e.g. /api/.../x.json) stays a 404: the app must see it.
// Every answer carries the headers nginx sends (scripts/headers.mjs): the Content-Security-Policy
// on pages, the other security headers, and caching by kind of file. nginx is what the
// end-to-end tests use when it is installed (scripts/e2e-server.mjs); this server is the fallback.
// Usage: node scripts/serve-dist.mjs [--port 4173] [--dir dist] [--encodings br,gzip | --encodings none]
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, relative, resolve } from "node:path";
import { appPolicy, cacheControl, docsPolicy, SECURITY_HEADERS } from "./headers.mjs";
import { FALLBACK_PAGE } from "./route-pages.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const port = Number(option("port", process.env.PORT ?? 4173));
const root = resolve(option("dir", "dist"));
// The encodings offered, in order of preference; "none" serves every file as it is.
const encodings = option("encodings", "br,gzip").split(",").filter((e) => e === "br" || e === "gzip");
const suffix = { br: ".br", gzip: ".gz" };

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".md": "text/markdown; charset=utf-8",
};

function send(req, res, status, file) {
  const type = types[extname(file)] ?? "application/octet-stream";
  const path = "/" + relative(root, file).split("\\").join("/");
  const headers = { "Content-Type": type, "Cache-Control": cacheControl(path), Vary: "Accept-Encoding", ...SECURITY_HEADERS };
  if (type.startsWith("text/html")) {
    const html = readFileSync(file, "utf8");
    headers["Content-Security-Policy"] = path.startsWith("/api/dokumentation/") ? docsPolicy(html) : appPolicy(html);
  }
  const accepted = (req.headers["accept-encoding"] ?? "").split(",").map((e) => e.trim().split(";")[0]);
  let body = file;
  const encoding = encodings.find((e) => accepted.includes(e) && existsSync(file + suffix[e]));
  if (encoding) {
    body = file + suffix[encoding];
    headers["Content-Encoding"] = encoding;
  }
  headers["Content-Length"] = statSync(body).size;
  res.writeHead(status, headers);
  if (req.method === "HEAD") return res.end();
  createReadStream(body).pipe(res);
}

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  const file = normalize(join(root, pathname));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isFile()) return send(req, res, 200, file);
  if (existsSync(join(file, "index.html"))) return send(req, res, 200, join(file, "index.html"));
  if (extname(pathname) === "") return send(req, res, 200, join(root, existsSync(join(root, FALLBACK_PAGE)) ? FALLBACK_PAGE : "index.html"));
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...SECURITY_HEADERS }).end("Not found");
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}`);
});
