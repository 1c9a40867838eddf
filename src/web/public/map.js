// Maps, drawn with Leaflet and Leaflet.markercluster (served by the site from node_modules): the search's map view
// (#map, its points in #map-points) and the small map on an event page (.mini-map). Loaded only where a map is;
// without JavaScript the map stays hidden and the list (or the OpenStreetMap link) is there instead.
(() => {
  const VENDOR = '/assets/vendor';
  let loading = null;

  const add = (tag, attrs) =>
    new Promise((resolve, reject) => {
      const el = Object.assign(document.createElement(tag), attrs);
      el.onload = resolve;
      el.onerror = reject;
      document.head.appendChild(el);
    });

  function loadLeaflet() {
    if (window.L?.markerClusterGroup) return Promise.resolve();
    loading ??= Promise.all([
      add('link', { rel: 'stylesheet', href: `${VENDOR}/leaflet/leaflet.css` }),
      add('link', { rel: 'stylesheet', href: `${VENDOR}/markercluster/MarkerCluster.css` }),
      add('link', { rel: 'stylesheet', href: `${VENDOR}/markercluster/MarkerCluster.Default.css` }),
      add('script', { src: `${VENDOR}/leaflet/leaflet.js` }).then(() => add('script', { src: `${VENDOR}/markercluster/leaflet.markercluster.js` })),
    ]);
    return loading;
  }

  /** The tile layer from the element's data attributes (the site's map config); the attribution is text, escaped. */
  function tiles(el) {
    const text = document.createElement('span');
    text.textContent = el.dataset.attribution || '';
    const url = el.dataset.attributionUrl;
    const attribution = url ? `<a href="${encodeURI(url)}" rel="noopener">${text.innerHTML}</a>` : text.innerHTML;
    return window.L.tileLayer(el.dataset.tileUrl, { attribution, maxZoom: Number(el.dataset.maxZoom) || 19 });
  }

  /** A popup built from text nodes: feed titles never become markup. */
  function popup(p) {
    const box = document.createElement('div');
    box.className = 'map-popup';
    const link = Object.assign(document.createElement('a'), { href: p.href, textContent: p.title });
    // A Swedish title on the English site is read as Swedish.
    if (p.lang) link.lang = p.lang;
    box.append(link);
    // The feed's own words for the hours carry their language when it is not the page's (whenLang).
    if (p.when) box.append(Object.assign(document.createElement('p'), { textContent: p.when }, p.whenLang ? { lang: p.whenLang } : {}));
    if (p.where) box.append(Object.assign(document.createElement('p'), { textContent: p.where }));
    return box;
  }

  async function searchMap() {
    const el = document.getElementById('map');
    const data = document.getElementById('map-points');
    if (!el || !data || el.dataset.ready) return;
    el.dataset.ready = 'loading';
    await loadLeaflet();
    const L = window.L;
    const points = JSON.parse(data.textContent || '[]');
    const map = L.map(el, { scrollWheelZoom: false });
    tiles(el).addTo(map);
    const group = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
    for (const p of points) group.addLayer(L.marker([p.lat, p.lng], { title: p.title, alt: p.title }).bindPopup(popup(p)));
    map.addLayer(group);
    if (points.length) map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 15 });
    else map.setView([56.8777, 14.8091], 11);
    el.dataset.markers = String(group.getLayers().length);
    el.dataset.ready = 'yes';
  }

  async function miniMaps() {
    const maps = [...document.querySelectorAll('.mini-map:not([data-ready])')];
    if (!maps.length) return;
    await loadLeaflet();
    const L = window.L;
    for (const el of maps) {
      el.dataset.ready = 'yes';
      const at = [Number(el.dataset.lat), Number(el.dataset.lng)];
      const map = L.map(el, { scrollWheelZoom: false, dragging: !L.Browser.mobile, zoomControl: true }).setView(at, 15);
      tiles(el).addTo(map);
      L.marker(at, { title: el.dataset.title, alt: el.dataset.title }).addTo(map);
    }
  }

  const draw = () => {
    searchMap().catch(() => undefined);
    miniMaps().catch(() => undefined);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
  else draw();
  document.addEventListener('htmx:afterSettle', draw);
})();
