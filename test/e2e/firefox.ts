/**
 * Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi.
 * Firefox has no host-resolver switch, so it goes through a small local CONNECT proxy that
 * tunnels every https host to our news server (and records which hosts were asked for).
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_DIR = resolve('.output/firefox-mv3');
export const GECKO_ID = 'outage-lens@outage-lens.example';
export const FIXED_UUID = '3f1c2a4e-8b7d-4e55-9a61-0c2d7b9e4f10';

export interface TunnelProxy {
  port: number;
  hosts: string[];
  close(): Promise<void>;
}

export async function startTunnel(targetPort: number): Promise<TunnelProxy> {
  const hosts: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((_req, res) => res.writeHead(403).end());
  server.on('connect', (req, client, head) => {
    hosts.push((req.url ?? '').split(':')[0]);
    sockets.add(client as import('node:net').Socket);
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: (server.address() as { port: number }).port, hosts, close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

export async function launchFirefox(proxyPort: number): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      'extensions.originControls.grantByDefault': true,
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.stricttransportsecurity.preloadlist': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.update.enabled': false,
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_DIR);
  return browser;
}

/** Opens an extension page: page.goto hangs on moz-extension:// under BiDi (Mozilla bug 1755014). */
export async function gotoExtensionPage(page: Page, path: string): Promise<void> {
  const frame = page.mainFrame() as unknown as { _id: string };
  const connection = (page.browser() as unknown as { connection: { send(m: string, p: object): Promise<unknown> } }).connection;
  await connection.send('browsingContext.navigate', { context: frame._id, url: `moz-extension://${FIXED_UUID}/${path}`, wait: 'complete' });
}
