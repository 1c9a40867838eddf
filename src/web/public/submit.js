// Progressive enhancements of the submission form and the organiser's page; both work without this file.
(() => {
  const form = document.querySelector('.submit-form');

  // After a refused send, start at the list of mistakes (screen readers hear it: role=alert).
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
  else document.getElementById('form-error')?.scrollIntoView({ block: 'center' });

  // "Add a date" adds a row here instead of sending the form; rows after the first can be removed.
  const rows = document.getElementById('date-rows');
  const addButton = form?.querySelector('.add-date');
  const removeLabel = document.documentElement.lang === 'en' ? 'Remove this date' : 'Ta bort datumet';
  const renumber = () => {
    rows.querySelectorAll('.date-row').forEach((row, i) => {
      for (const input of row.querySelectorAll('input')) {
        const kind = input.name;
        input.id = `f-${kind}-${i}`;
        input.previousElementSibling?.setAttribute('for', input.id);
      }
    });
    if (addButton) addButton.hidden = rows.children.length >= Number(addButton.dataset.max || 20);
  };
  const withRemove = (row) => {
    if (row.querySelector('.remove-date') || row === rows.firstElementChild) return;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove-date';
    remove.textContent = removeLabel;
    remove.addEventListener('click', () => {
      const previous = row.previousElementSibling;
      row.remove();
      renumber();
      previous?.querySelector('input')?.focus();
    });
    row.append(remove);
  };
  if (rows && addButton) {
    rows.querySelectorAll('.date-row').forEach(withRemove);
    addButton.addEventListener('click', (event) => {
      event.preventDefault();
      const last = rows.lastElementChild;
      const row = last.cloneNode(true);
      row.classList.remove('has-error');
      row.querySelector('.field-error')?.remove();
      row.querySelector('.remove-date')?.remove();
      for (const input of row.querySelectorAll('input')) {
        input.value = input.name === 'date' ? '' : input.value;
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
        input.removeAttribute('required');
      }
      rows.append(row);
      renumber();
      withRemove(row);
      row.querySelector('input[name=date]')?.focus();
    });
  }

  // A picture over the limit is refused here, before minutes of uploading on a phone.
  const file = document.getElementById('f-image');
  const live = document.getElementById('e-image-live');
  file?.addEventListener('change', () => {
    const max = Number(form.dataset.maxImage);
    const picked = file.files?.[0];
    const tooLarge = picked && max && picked.size > max;
    live.hidden = !tooLarge;
    live.textContent = tooLarge ? form.dataset.tooLarge : '';
    if (tooLarge) {
      file.value = '';
      file.setAttribute('aria-invalid', 'true');
    } else file.removeAttribute('aria-invalid');
  });

  // The map pin: Leaflet loads when the visitor opens "put a pin on the map"; the coordinate fields stay usable.
  const details = document.querySelector('details.pin');
  const map = document.getElementById('pin-map');
  let started = false;
  const startMap = () => {
    if (started || !details.open) return;
    started = true;
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/assets/vendor/leaflet/leaflet.css';
    document.head.append(css);
    const script = document.createElement('script');
    script.src = '/assets/vendor/leaflet/leaflet.js';
    script.onload = () => {
      const L = window.L;
      const lat = document.getElementById('f-lat');
      const lng = document.getElementById('f-lng');
      map.hidden = false;
      map.setAttribute('role', 'application');
      map.setAttribute('aria-label', map.dataset.label);
      const start = lat.value && lng.value ? [Number(lat.value), Number(lng.value)] : [Number(map.dataset.lat), Number(map.dataset.lng)];
      const leaflet = L.map(map).setView(start, lat.value ? 15 : 11);
      L.tileLayer(map.dataset.tiles, { attribution: map.dataset.attribution, maxZoom: 19 }).addTo(leaflet);
      let marker = lat.value && lng.value ? L.marker(start).addTo(leaflet) : null;
      leaflet.on('click', (e) => {
        const point = [Number(e.latlng.lat.toFixed(6)), Number(e.latlng.lng.toFixed(6))];
        marker = marker ? marker.setLatLng(point) : L.marker(point).addTo(leaflet);
        lat.value = String(point[0]);
        lng.value = String(point[1]);
      });
    };
    document.head.append(script);
  };
  if (details && map) {
    details.addEventListener('toggle', startMap);
    startMap();
  }

  // The organiser's link: one button copies it.
  const copy = document.querySelector('.copy-link');
  const link = document.getElementById('my-link');
  if (copy && link && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      await navigator.clipboard.writeText(link.value);
      copy.textContent = copy.dataset.copied;
    });
  }
  link?.addEventListener('focus', () => link.select());
})();
