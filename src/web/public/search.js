// The search page on top of htmx: the filter sheet on narrow screens, one history entry per typed search, selects
// that commit a choice rather than every arrow key. The page works without this file (the sheet opens at #filters).
(() => {
  const narrow = window.matchMedia('(max-width: 59.99rem)');
  const sheet = () => document.getElementById('filters');
  let open = false;
  let sheetScroll = 0;
  let inerted = [];

  /** Everything but the sheet is inert while it is open, so Tab and screen readers stay in it. */
  function isolate(el) {
    for (const node of inerted) node.inert = false;
    inerted = [];
    for (let child = el; child && child !== document.body; child = child.parentElement) {
      for (const sibling of child.parentElement?.children ?? []) {
        if (sibling !== child && !sibling.inert && sibling.tagName !== 'SCRIPT') {
          sibling.inert = true;
          inerted.push(sibling);
        }
      }
    }
  }

  function showSheet() {
    const s = sheet();
    if (!s) return;
    s.classList.add('is-open');
    s.setAttribute('role', 'dialog');
    s.setAttribute('aria-modal', 'true');
    document.body.classList.add('sheet-open');
    for (const b of document.querySelectorAll('.filters-open')) b.setAttribute('aria-expanded', 'true');
    isolate(s);
  }

  function openSheet() {
    open = true;
    showSheet();
    document.getElementById('filters-heading')?.focus();
  }

  /** Closing lands on the results, which have been updating behind the sheet. */
  function closeSheet() {
    open = false;
    const s = sheet();
    s?.classList.remove('is-open');
    s?.removeAttribute('role');
    s?.removeAttribute('aria-modal');
    document.body.classList.remove('sheet-open');
    for (const node of inerted) node.inert = false;
    inerted = [];
    for (const b of document.querySelectorAll('.filters-open')) b.setAttribute('aria-expanded', 'false');
    if (location.hash === '#filters') history.replaceState(history.state, '', location.pathname + location.search);
    const heading = document.getElementById('results-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest('.filters-open') && narrow.matches) {
      event.preventDefault();
      openSheet();
    } else if (open && target.closest('.sheet-close, .sheet-show')) {
      // The results are already up to date: "Visa N träffar" only closes.
      event.preventDefault();
      closeSheet();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) closeSheet();
  });
  narrow.addEventListener('change', () => {
    if (!narrow.matches && open) closeSheet();
  });
  if (location.hash === '#filters' && narrow.matches) openSheet();

  // A facet change swaps the region, sheet included: keep it open, at the same scroll, focus on the same box. After
  // settling, not swapping: htmx gives a swapped element its old attributes until then.
  document.addEventListener('htmx:beforeSwap', () => {
    if (open) sheetScroll = sheet()?.scrollTop ?? 0;
  });
  document.addEventListener('htmx:afterSettle', (event) => {
    if (!open || event.target.id !== 'results-region') return;
    showSheet();
    const s = sheet();
    if (s) s.scrollTop = sheetScroll;
  });

  // Each section's "show more" was drawn with the other section as it was then; the address says how it is now
  // (events: `page`/`pages`, places: `places`). Take that, so the address this append writes keeps both for Back.
  const OTHER_SECTION = { more: ['places'], 'more-places': ['page', 'pages'] };
  let placesBeforeMore = -1;
  document.addEventListener('htmx:configRequest', (event) => {
    const target = event.detail.elt?.closest?.('#more, #more-places');
    if (!target) return;
    const now = new URLSearchParams(location.search);
    const url = new URL(event.detail.path, location.href);
    for (const name of OTHER_SECTION[target.id]) {
      if (now.has(name)) url.searchParams.set(name, now.get(name));
      else url.searchParams.delete(name);
    }
    event.detail.path = url.pathname + url.search;
    placesBeforeMore = target.id === 'more-places' ? document.querySelectorAll('#place-cards > li.card').length : -1;
  });
  // More places: keyboard and screen-reader users continue at the first new place (app.js does this for events).
  document.addEventListener('htmx:afterSettle', () => {
    if (placesBeforeMore < 0) return;
    document.querySelectorAll('#place-cards > li.card .card-title a')[placesBeforeMore]?.focus();
    placesBeforeMore = -1;
  });

  // Typing makes one history entry: the first request of a typed search pushes, the rest (and Enter) replace it.
  let typing = false;
  document.addEventListener('htmx:configRequest', (event) => {
    const fromForm = event.detail.elt?.id === 'search-form';
    const typed = fromForm && event.detail.triggeringEvent?.type === 'input';
    if (typed || (fromForm && typing)) event.detail.headers['X-History'] = typed && !typing ? 'push' : 'replace';
    typing = typed;
  });
  document.addEventListener('htmx:historyRestore', () => {
    typing = false;
  });

  // Chrome (outside macOS) fires "change" on every arrow key in a closed select, which would search (and add
  // history) for each option passed: hold those changes until the visitor leaves the select or presses Enter.
  let keyed = null;
  let held = null;
  const commit = (select) => {
    keyed = null;
    held = null;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  document.addEventListener(
    'keydown',
    (event) => {
      const el = event.target;
      if (!(el instanceof HTMLSelectElement) || !el.closest('#filters')) return;
      if (event.key === 'Enter' && held === el) commit(el);
      else if (/^(Arrow|Page|Home|End)/.test(event.key) || event.key.length === 1) keyed = el;
    },
    true,
  );
  document.addEventListener(
    'change',
    (event) => {
      if (event.target !== keyed && event.target !== held) return;
      event.stopImmediatePropagation();
      held = event.target;
    },
    true,
  );
  document.addEventListener(
    'focusout',
    (event) => {
      if (held && event.target === held) commit(held);
      else if (event.target === keyed) keyed = null;
    },
    true,
  );
})();
