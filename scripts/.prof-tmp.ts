import { launchWithExtension } from '../test/e2e/chromium';
import { corpusRoutes, mainRoutes } from '../test/e2e/routes';
import { startNewsServer } from '../test/e2e/server';
const neg = corpusRoutes(12);
const server = await startNewsServer([...mainRoutes(), ...neg]);
const b = await launchWithExtension(server.resolverRules());
const ext = `chrome-extension://${b.extensionId}/`;
const agg = new Map<string, number>();
for (const r of neg.slice(0, 8)) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  await page.goto(r.url, { waitUntil: 'load' }); await page.waitForTimeout(200);
  const { profile } = await cdp.send('Profiler.stop') as any;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let id = profile.samples[i]; const leaf: any = byId.get(id);
    // ours anywhere?
    let cur: any = id; let ours = false; let firstOurs = '';
    while (cur !== undefined) { const n: any = byId.get(cur); if (n.callFrame.url.startsWith(ext)) { ours = true; firstOurs ||= `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; } cur = parent.get(cur); }
    if (!ours) continue;
    const key = `${leaf.callFrame.url.startsWith(ext) ? '' : '[' + (leaf.callFrame.functionName || leaf.callFrame.url || '?') + '] '}${firstOurs}`;
    agg.set(key, (agg.get(key) ?? 0) + dt);
  }
  await page.close();
}
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 8).toFixed(2)} ms  ${k}`).join('\n'));
await b.close(); await server.close();
