// The playground's iframe embeds (iframe.md): an <iframe data-vsg-embed="…index.html?embed&…">
// gets its address with this page's origin as parent-origin (the only origin the frame
// posts its height to), and takes the height the playground posts. mkdocs-material's
// document$ emits on the first load and after every instant navigation.
addEventListener('message', (e) => {
  if (e.data?.type !== 'vsg-playground:height') return;
  for (const frame of document.querySelectorAll('iframe[data-vsg-embed]')) {
    if (e.source === frame.contentWindow) frame.style.height = `${Math.ceil(e.data.height)}px`;
  }
});

document$.subscribe(() => {
  for (const frame of document.querySelectorAll('iframe[data-vsg-embed]:not([src])')) {
    const url = new URL(frame.dataset.vsgEmbed, location.href);
    url.search += `&parent-origin=${encodeURIComponent(location.origin)}`;
    frame.src = url.href;
  }
});
