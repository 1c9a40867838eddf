// The home page's feed: the visitor's interests live in localStorage on this device (only once they chose
// something), a position only in memory, rounded to about 1 km. Both reach the server only in the body of the POST
// that renders the feed: never in a URL, never in a cookie.
(() => {
  const KEY = 'upptack.profile';
  const form = document.getElementById('interests-form');
  if (!form || !window.htmx) return;
  const status = document.getElementById('feed-status');
  const placeStatus = document.getElementById('place-status');
  const nearMe = document.getElementById('near-me');
  const clear = document.getElementById('clear-interests');
  const learnRow = form.querySelector('.learn');
  let position = null;

  const read = () => {
    try {
      const p = JSON.parse(localStorage.getItem(KEY) || 'null');
      return p && typeof p === 'object' ? p : null;
    } catch {
      return null;
    }
  };
  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
  const fromForm = () => ({
    categories: checked('interest'),
    audience: checked('audience'),
    freeOnly: form.elements.free.checked,
    area: form.elements.area.value,
    learn: form.elements.learn.checked,
    learned: form.elements.learn.checked ? (read()?.learned ?? {}) : {},
  });
  const isEmpty = (p) =>
    !p || (!p.categories?.length && !p.audience?.length && !p.freeOnly && !p.area && !p.learn && !Object.keys(p.learned || {}).length);
  const save = (p) => (isEmpty(p) ? localStorage.removeItem(KEY) : localStorage.setItem(KEY, JSON.stringify(p)));
  const show = (p) => {
    for (const input of form.querySelectorAll('input[type=checkbox]')) {
      const list = input.name === 'interest' ? p.categories : input.name === 'audience' ? p.audience : null;
      if (list) input.checked = list.includes(input.value);
    }
    form.elements.free.checked = !!p.freeOnly;
    form.elements.learn.checked = !!p.learn;
    form.elements.area.value = p.area || '';
  };
  const refresh = () => {
    const p = read() || {};
    clear.hidden = isEmpty(p) && !position;
    if (isEmpty(p) && !position) {
      return htmx.ajax('GET', form.action, { target: '#feed-region', swap: 'outerHTML' });
    }
    const profile = { categories: p.categories || [], audience: p.audience || [], freeOnly: !!p.freeOnly, learned: p.learn ? p.learned || {} : {} };
    const values = { profile: JSON.stringify(profile), area: p.area || '' };
    if (position) Object.assign(values, { lat: String(position.lat), lng: String(position.lng) });
    return htmx.ajax('POST', form.action, { target: '#feed-region', swap: 'outerHTML', values });
  };

  form.addEventListener('change', () => {
    save(fromForm());
    refresh();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save(fromForm());
    refresh();
  });
  clear.addEventListener('click', () => {
    localStorage.removeItem(KEY);
    position = null;
    show({ categories: [], audience: [] });
    placeStatus.textContent = '';
    // Said after the swap, which announces the feed's own state first.
    refresh().then(() => {
      status.textContent = status.dataset.cleared;
    });
  });
  if (navigator.geolocation) {
    nearMe.hidden = false;
    nearMe.addEventListener('click', () => {
      navigator.geolocation.getCurrentPosition(
        (pos) => {
          // Rounded before it leaves the device: two decimals are about 1 km here.
          position = { lat: Math.round(pos.coords.latitude * 100) / 100, lng: Math.round(pos.coords.longitude * 100) / 100 };
          form.elements.area.value = '';
          save(fromForm());
          refresh();
        },
        () => {
          placeStatus.textContent = placeStatus.dataset.denied;
        },
        { maximumAge: 600000, timeout: 10000 },
      );
    });
  }
  learnRow.hidden = false;
  // "Learn from what I open": only when turned on, and only counts per category, on this device.
  document.addEventListener('click', (e) => {
    const link = e.target.closest?.('a[data-categories]');
    const p = read();
    if (!link || !p?.learn) return;
    p.learned = p.learned || {};
    for (const id of link.dataset.categories.split(' ').filter(Boolean)) p.learned[id] = Math.min(1000, (p.learned[id] || 0) + 1);
    save(p);
  });

  const saved = read();
  if (saved) {
    show(saved);
    if (!isEmpty(saved)) refresh();
  }
})();
