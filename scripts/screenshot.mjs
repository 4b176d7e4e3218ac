// The README's screenshots of the release build (scripts/screenshot.sh runs this):
//   docs/screenshot.png     the standalone page, English, light
//   docs/screenshot-zh.png  the standalone page, Simplified Chinese, dark
//   docs/demo.png           demo.html: the custom element and the iframe in a docs page
import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
import { CHROMIUM_ARGS, distDir } from '../e2e/helpers.mjs';

const server = await serve(distDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const shots = [
  { out: 'docs/screenshot.png', path: '', locale: 'en-US', scheme: 'light' },
  { out: 'docs/screenshot-zh.png', path: '', locale: 'zh-CN', scheme: 'dark' },
  { out: 'docs/demo.png', path: 'demo.html', locale: 'en-US', scheme: 'light' },
];
try {
  for (const { out, path, locale, scheme } of shots) {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      deviceScaleFactor: 1,
      locale,
      colorScheme: scheme,
    });
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.getByTestId('request-url').first().waitFor();
    if (path) {
      await page.frameLocator('iframe').first().getByTestId('request-url').waitFor();
    }
    await page.screenshot({ path: out, fullPage: true });
    console.log(`screenshot: ${out}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
