// Takes the README's screenshot of the release build: node scripts/screenshot.mjs [out.png] [width]
import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
import { CHROMIUM_ARGS, distDir } from '../e2e/helpers.mjs';

const out = process.argv[2] ?? 'docs/screenshot.png';
const width = Number(process.argv[3] ?? 1400);
const server = await serve(distDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(server.url);
  await page.waitForSelector('[data-testid="request-url"]');
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  await server.close();
}
