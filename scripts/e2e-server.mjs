// The server the end-to-end tests run against (playwright.config.ts starts it): nginx with the
// repository's configuration (scripts/nginx.mjs, deploy/nginx.conf.template) when nginx and its
// brotli module are installed — scripts/setup.sh installs them on Debian — otherwise the Node
// server (scripts/serve-dist.mjs) with the same headers. It says which, in the test output.
// Usage: node scripts/e2e-server.mjs --port 4173 --dir dist
import { spawn } from "node:child_process";
import { nginxVersion, runNginx } from "./nginx.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const port = option("port", "4173");
const dir = option("dir", "dist");

const version = nginxVersion();
let child;
if (version) {
  console.log(`End-to-end server: ${version} with deploy/nginx.conf.template on http://127.0.0.1:${port}`);
  child = runNginx({ dir, port });
} else {
  console.log("End-to-end server: the Node fallback (scripts/serve-dist.mjs); nginx or its brotli module is not installed");
  child = spawn("node", ["scripts/serve-dist.mjs", "--port", port, "--dir", dir], { stdio: "inherit" });
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(version ? "SIGQUIT" : "SIGTERM"));
child.on("exit", (code) => process.exit(code ?? 0));
