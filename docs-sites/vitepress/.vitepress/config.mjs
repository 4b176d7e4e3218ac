// A documentation site built with VitePress, as a reader would meet the playground in one:
// the default theme with its appearance (light/dark) switch, a single-page app whose router
// replaces the page's content on every link. scripts/build-docs-sites.sh copies the
// playground's build into public/vsg-playground/ of a staged copy of this folder and builds
// it into target/docs-sites/vitepress/.
import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'SLB docs',
  description: 'Creating a VServer group, with the CreateVServerGroup playground.',
  lang: 'en-US',
  head: [
    // The element's script, once for the whole site: the router keeps it loaded, and every
    // <vsg-playground> a page renders is upgraded as Vue inserts it. (head entries are not
    // given the site's `base`: a site served under /docs/ writes /docs/vsg-playground/….)
    ['script', { type: 'module', src: '/vsg-playground/vsg-playground.js' }],
    // Its stylesheet: a <vsg-playground> keeps its place until the script has defined it.
    ['link', { rel: 'stylesheet', href: '/vsg-playground/vsg-playground.css' }],
  ],
  vue: {
    template: {
      compilerOptions: {
        // Markdown is compiled as Vue templates: the element is the browser's, not a Vue
        // component (Vue then sets its attributes and leaves its shadow root alone).
        isCustomElement: (tag) => tag === 'vsg-playground',
      },
    },
  },
  themeConfig: {
    nav: [{ text: 'Guide', link: '/' }],
    sidebar: [
      {
        text: 'VServer groups',
        items: [
          { text: 'Overview', link: '/' },
          { text: 'Try it', link: '/element' },
          { text: 'Try it in a frame', link: '/iframe' },
          { text: 'Pre-rendered', link: '/prerendered' },
        ],
      },
    ],
  },
});
