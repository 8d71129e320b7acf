/**
 * A local HTTPS server that plays the news sites: each route maps a real news hostname and
 * path to a page of ours (test/e2e/pages) or a page of the shared corpus. Chromium is told
 * to resolve those hostnames to it (--host-resolver-rules), so the extension runs exactly as
 * shipped, on its default list of sites. The certificate is made at start (openssl).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = join(here, 'pages');
export const CORPUS_DIR = resolve(here, '../../../shared/corpus');

export interface Route {
  /** e.g. "https://www.aljazeera.net/news/whatsapp" */
  url: string;
  /** Absolute file path, or a function making the body. */
  file?: string;
  body?: () => string;
  headers?: Record<string, string>;
}

export interface NewsServer {
  port: number;
  hosts: string[];
  /** Requests seen, as "host path". */
  log: string[];
  close(): Promise<void>;
  resolverRules(): string;
}

function makeCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'ol-cert-'));
  const key = join(dir, 'k.pem');
  const cert = join(dir, 'c.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=news.test', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startNewsServer(routes: Route[]): Promise<NewsServer> {
  const table = new Map(routes.map((r) => [new URL(r.url).host + new URL(r.url).pathname, r]));
  const log: string[] = [];
  const server: Server = createServer(makeCert(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0];
    log.push(`${host} ${path}`);
    // Single-page sites: any unknown path on a host serves that host's SPA shell if it has one.
    const route = table.get(host + path) ?? table.get(`${host}/*`);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = route.body ? route.body() : readFileSync(route.file!);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(route.headers ?? {}) }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const hosts = [...new Set(routes.map((r) => new URL(r.url).host))];
  return {
    port,
    hosts,
    log,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections(); // keep-alive sockets would hold close() open
      }),
    resolverRules: () => hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
  };
}

export function page(name: string): string {
  return join(PAGES_DIR, name);
}

export function corpusPage(rel: string): string | null {
  const f = join(CORPUS_DIR, rel);
  return existsSync(f) ? f : null;
}
