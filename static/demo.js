// The demo page's iframe embed: the playground in Chinese, told to report its height to
// this page (its origin), which sizes the iframe to fit.
const frame = document.getElementById('demo-iframe');
const params = new URLSearchParams({ lang: 'zh-CN', 'parent-origin': location.origin });
frame.src = `index.html?embed&${params}`;
addEventListener('message', (e) => {
  if (e.source === frame.contentWindow && e.data?.type === 'vsg-playground:height') {
    frame.style.height = `${Math.ceil(e.data.height)}px`;
  }
});
