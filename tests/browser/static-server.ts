// A tiny static file server for browser tests: serves `dir` under `prefix` on 127.0.0.1, random port.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
  ".xml": "application/xml", ".ics": "text/calendar", ".csv": "text/csv", ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream", ".pf_index": "application/octet-stream", ".pf_fragment": "application/octet-stream", ".pf_filter": "application/octet-stream",
};

export interface StaticServer { origin: string; close: () => Promise<void> }

/** Serve dir at http://127.0.0.1:<port><prefix>; anything outside the prefix or missing is a 404. */
export async function serveStatic(dir: string, prefix = "/"): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = pathname.startsWith(prefix) ? path.join(root, pathname.slice(prefix.length)) : "";
    if (file && !file.startsWith(root)) file = "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!file || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${pathname}`);
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
