// The tutorial's language switch: one article shows, in the language picked (the
// `lang` query parameter, else the browser's, else English). The page has one set of
// six playgrounds (pre-rendered in English, in the English article's steps): switching
// moves each into the same step of the article shown and sets its `lang`. A playground
// moved within a task keeps its state, so what the reader typed stays, and they all
// keep sending to the page's sandbox "tutorial".
const articles = [...document.querySelectorAll('article[lang]')];
const buttons = [...document.querySelectorAll('button[data-lang]')];
const playgrounds = [...document.querySelectorAll('.step > vsg-playground')];

function show(lang) {
  const shown = articles.find((a) => a.lang === lang);
  for (const article of articles) article.hidden = article !== shown;
  for (const el of playgrounds) {
    const step = shown.querySelector(`.step[data-step="${el.parentElement.dataset.step}"]`);
    if (step && el.parentElement !== step) step.append(el);
    if (el.getAttribute('lang') !== lang) el.setAttribute('lang', lang);
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
