// Small progressive enhancements on top of htmx; the site works without this file.
let cardsBeforeMore = -1;

document.addEventListener('htmx:beforeRequest', (event) => {
  cardsBeforeMore = event.detail.elt.closest?.('#more') ? document.querySelectorAll('#cards > li.card').length : -1;
});

document.addEventListener('htmx:afterSettle', (event) => {
  // "Show more": keyboard and screen-reader users continue at the first new result.
  if (cardsBeforeMore >= 0) {
    document.querySelectorAll('#cards > li.card a')[cardsBeforeMore]?.focus();
    cardsBeforeMore = -1;
    return;
  }
  // After a page link or chip swap, move focus to the results heading so focus is not lost with the removed link.
  if (event.detail.requestConfig?.elt?.closest?.('.pagination, .chips')) {
    const heading = document.getElementById('results-heading');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }
});

// "Nearest": ask for the visitor's position once, then search again with it; without it the server sorts by relevance.
document.addEventListener('change', (event) => {
  const select = event.target;
  if (select.id !== 'f-sort' || select.value !== 'nearest' || !navigator.geolocation) return;
  const form = select.form;
  if (form.querySelector('input[name=lat]')) return;
  navigator.geolocation.getCurrentPosition((pos) => {
    for (const [name, value] of [['lat', pos.coords.latitude.toFixed(5)], ['lng', pos.coords.longitude.toFixed(5)]]) {
      const input = document.createElement('input');
      Object.assign(input, { type: 'hidden', name, value });
      form.appendChild(input);
    }
    document.getElementById('f-sort').value = 'nearest';
    htmx.trigger(form, 'submit');
  });
});

// Share: the platform's share sheet where there is one, else copy the link; without JS the link itself is shareable.
document.addEventListener('click', async (event) => {
  const link = event.target.closest?.('a.share');
  if (!link) return;
  if (navigator.share) {
    event.preventDefault();
    await navigator.share({ title: link.dataset.shareTitle, url: link.href }).catch(() => undefined);
  } else if (navigator.clipboard) {
    event.preventDefault();
    await navigator.clipboard.writeText(link.href).catch(() => undefined);
    link.setAttribute('aria-live', 'polite');
    link.textContent = link.dataset.copied || link.textContent;
  }
});
