// Small progressive enhancements on top of htmx; the site works without this file.
document.documentElement.classList.add('js');
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

document.addEventListener('htmx:afterSwap', (event) => {
  if (event.target.id !== 'results-region') return;
  // htmx's history snapshot copies the markup, not typed values: let the search box's value attribute say what the
  // shown results were searched for, so Back restores the text along with the results.
  const q = document.getElementById('q');
  const url = event.detail.xhr?.responseURL;
  if (q && url) q.setAttribute('value', new URL(url).searchParams.get('q') ?? '');
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

// A feed image that fails to load leaves no empty box (it is decorative: alt=""), also if it failed before this ran.
const hideBroken = (img) => {
  if (img instanceof HTMLImageElement && img.matches('.event-image')) img.hidden = true;
};
document.addEventListener('error', (event) => hideBroken(event.target), true);
for (const img of document.querySelectorAll('img.event-image')) if (img.complete && img.naturalWidth === 0 && img.src) hideBroken(img);

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

// A preset date and a chosen range exclude each other: picking one clears the other before the search is sent.
document.addEventListener(
  'change',
  (event) => {
    const el = event.target;
    if (el.id === 'f-when' && el.value) {
      for (const id of ['f-from', 'f-to']) {
        const input = document.getElementById(id);
        if (input) input.value = '';
      }
    }
    if ((el.id === 'f-from' || el.id === 'f-to') && el.value) {
      const when = document.getElementById('f-when');
      if (when) when.value = '';
    }
  },
  true,
);
