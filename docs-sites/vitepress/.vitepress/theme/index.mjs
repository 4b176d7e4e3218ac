// The default theme, with <VsgFrame> (the playground's iframe embed) for every page.
import DefaultTheme from 'vitepress/theme';
import VsgFrame from './VsgFrame.vue';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('VsgFrame', VsgFrame);
  },
};
