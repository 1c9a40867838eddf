// Small progressive enhancements on top of htmx; the site works without this file.
document.addEventListener('htmx:afterSwap', (event) => {
  // After a page link or chip swap, move focus to the results heading so keyboard and screen-reader users land on it.
  const trigger = event.detail.requestConfig?.elt;
  if (trigger?.closest?.('.pagination, .chips')) {
    const heading = document.getElementById('results-heading');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }
});
