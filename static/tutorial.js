// The tutorial's language switch: one article shows, in the language picked (the
// `lang` query parameter, else the browser's, else English). The other article's
// playgrounds are taken out of the page, so that only one set runs; they all send to
// the page's sandbox "tutorial", which switching keeps.
const articles = [...document.querySelectorAll('article[lang]')];
const buttons = [...document.querySelectorAll('button[data-lang]')];
const parked = new Map();

function show(lang) {
  for (const article of articles) {
    const on = article.lang === lang;
    article.hidden = !on;
    if (on) {
      for (const [mark, el] of parked.get(article) ?? []) mark.replaceWith(el);
      parked.delete(article);
    } else if (!parked.has(article)) {
      parked.set(article, [...article.querySelectorAll('vsg-playground')].map((el) => {
        const mark = document.createComment('');
        el.replaceWith(mark);
        return [mark, el];
      }));
    }
  }
  document.documentElement.lang = lang;
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}

const asked = new URLSearchParams(location.search).get('lang') ?? navigator.language;
show(articles.find((a) => a.lang.split('-')[0] === asked?.split('-')[0])?.lang ?? 'en');
for (const b of buttons) {
  b.addEventListener('click', () => {
    show(b.dataset.lang);
    history.replaceState(null, '', `?lang=${b.dataset.lang}`);
  });
}
