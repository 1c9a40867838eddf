// Small progressive enhancements on top of htmx; the site works without this file.
document.addEventListener('htmx:afterSwap', (event) => {
  // After a page link swap, move focus to the results heading so keyboard and screen-reader users land on the news.
  const trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (trigger && trigger.closest && trigger.closest('.pagination, .chips')) {
    const heading = document.getElementById('results-heading');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }
});
