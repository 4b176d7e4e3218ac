// Pictures of the playground in the two documentation sites, for the README:
//   docs/docs-site-mkdocs-light.png     docs/docs-site-mkdocs-dark.png
//   docs/docs-site-vitepress-light.png  docs/docs-site-vitepress-dark.png
// each the element's page at 1280×900, the dark ones switched with the site's own toggle
// (the element follows it), scrolled so that the element's top is in view.
//
//   node scripts/screenshot-docs-sites.mjs [DIST]
//
// Installs what it needs first (scripts/setup.sh --screenshots: the test tools, the sites'
// generators and a CJK font), builds the playground if DIST (default dist/) has no build, and
// builds the sites from it (scripts/build-docs-sites.sh).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { repoRoot, launchBrowser } from '../e2e/helpers.mjs';
import { SITES, sitesDir, elementRendered, animationsDone, playground } from '../e2e/docs-sites-helpers.mjs';
import { serve } from '../e2e/server.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
const dist = path.resolve(repoRoot, process.argv[2] ?? 'dist');

run('bash', ['scripts/setup.sh', '--screenshots']);
if (!fs.existsSync(path.join(dist, 'vsg-playground.js'))) run('bash', ['scripts/build.sh']);
run('bash', ['scripts/build-docs-sites.sh', dist]);

const browser = await launchBrowser();
try {
  for (const [site, S] of Object.entries(SITES)) {
    const server = await serve(path.join(sitesDir, site));
    try {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
        // The site at its own origin, answered from the local server (docs-sites-helpers' openSite).
        await context.route('**/*', async (route) => {
          const url = new URL(route.request().url());
          if (url.origin !== S.origin) return route.abort();
          return route.fulfill({ response: await route.fetch({ url: server.url + url.pathname.slice(1) + url.search }) });
        });
        const page = await context.newPage();
        await page.goto(S.origin + S.pages.element);
        await elementRendered(page);
        if (scheme === 'dark') {
          await S.toggle(page).click();
          await page.waitForFunction(() => document.querySelector('vsg-playground').shadowRoot.querySelector('.vsg').dataset.theme === 'dark');
        }
        // The element's top a little below the site's header.
        await playground(page).evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - 160));
        await animationsDone(page);
        const out = path.join(repoRoot, 'docs', `docs-site-${site}-${scheme}.png`);
        await page.screenshot({ path: out });
        console.log(`screenshot: ${path.relative(repoRoot, out)}`);
        await context.close();
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
