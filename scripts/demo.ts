/**
 * `npm start`: builds the extension and opens Chromium with it on our sample articles, served
 * locally under real news hostnames. With a display, the browser stays open for you to read;
 * without one (CI, SSH), it runs headless, saves screenshots of the sidebar and the popup to
 * demo/ and prints each page's report.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, openPopup } from '../test/e2e/chromium';
import { URLS, mainRoutes } from '../test/e2e/routes';
import { startNewsServer } from '../test/e2e/server';

const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
console.log('building the extension (wxt build) …');
execSync('npx wxt build', { stdio: 'ignore' });
mkdirSync('demo', { recursive: true });

const server = await startNewsServer(mainRoutes());
const browser = await launchWithExtension(server.resolverRules(), { headless });
const pages = [
  { name: 'arabic-whatsapp', url: URLS.arabic },
  { name: 'arabic-whatsapp-second-outlet', url: URLS.arabic2 },
  { name: 'english-cloudflare', url: URLS.english },
  { name: 'french-orange', url: URLS.french },
  { name: 'english-not-an-outage', url: URLS.englishNegative },
];

for (const { name, url } of pages) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const shown = await page
    .locator('outage-lens-sidebar [data-testid="sidebar"]')
    .waitFor({ timeout: 8000 })
    .then(() => true, () => false);
  await page.waitForTimeout(300);
  if (headless) await page.screenshot({ path: `demo/${name}.png` });
  const popup = await openPopup(browser, page);
  await popup.locator('[data-testid="popup-verdict"]').waitFor();
  await popup.waitForTimeout(200);
  if (headless) await popup.screenshot({ path: `demo/${name}-popup.png` });
  const verdict = await popup.locator('[data-testid="popup-verdict"]').innerText();
  console.log(`\n${url}\n  sidebar: ${shown ? 'shown' : 'none'}\n  popup:   ${verdict.replace(/\n+/g, ' | ')}`);
  await popup.close();
  if (headless) await page.close();
}

if (headless) {
  console.log('\nscreenshots in demo/ · full reports: npm run --silent extract -- test/e2e/pages/ar-whatsapp.html');
  await browser.close();
  await server.close();
} else {
  console.log('\nChromium is open with Outage Lens; close it to stop.');
  await browser.context.waitForEvent('close', { timeout: 0 });
  await server.close();
}
