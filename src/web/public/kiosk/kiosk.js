// The kiosk screen's own script (the site's app.js is not loaded here): attract loop, touch view, on-screen keyboard,
// idle reset, stale marker, version checks and the service worker. Whatever fails leaves the screen as it is: a
// kiosk must never go blank and never land on Chromium's error page, which no script can leave.
import { hideKeyboard, initKeyboard, showKeyboard } from './keyboard.js';
import { lockDown } from './lockdown.js';
import { reloadScreen, serverVersion, watchVersion } from './updates.js';

const settings = JSON.parse(document.body.dataset.settings);
const $ = (id) => document.getElementById(id);
const attract = $('attract');
const touch = $('touch');
const cta = $('k-cta');
const idle = $('k-idle');
const LOCALES = { sv: 'sv-SE', en: 'en-GB' };
const headers = settings.token ? { 'X-Kiosk-Token': settings.token } : {};

let mode = 'attract';
let lang = settings.languages[0];
let panelIndex = 0;
let stale = false;
let idleTimer = 0;
let countdownTimer = 0;

lockDown();

// --- Language, clock and the stale marker (the header serves both modes).
const formats = new Map();
function format(kind, options) {
  const key = `${kind}|${lang}`;
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(LOCALES[lang] ?? lang, { timeZone: settings.timeZone, ...options }));
  return formats.get(key);
}
function setText(el, text) {
  if (el && el.textContent !== text) el.textContent = text;
}
function tick() {
  const now = new Date();
  setText($('k-clock'), format('clock', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now));
  setText($('k-date'), format('date', { weekday: 'long', day: 'numeric', month: 'long' }).format(now));
}
function renderStale() {
  const marker = $('k-stale');
  const text = attract.querySelector(`[data-updated][data-lang="${lang}"]`)?.textContent ?? '';
  setText(marker, text);
  marker.hidden = !stale || !text;
}
function setLang(next) {
  if (!settings.languages.includes(next)) return;
  lang = next;
  document.documentElement.lang = next;
  for (const el of document.querySelectorAll('.k-where [data-lang], .k-cta [data-lang]')) el.hidden = el.dataset.lang !== next;
  tick();
  renderStale();
}
function setStale(value) {
  stale = value;
  renderStale();
}

// --- Attract loop: panels in turn, every language in turn (the fragment holds them in that order).
const panels = () => [...attract.querySelectorAll('[data-panel]')];
function renderDots(count) {
  const dots = $('k-dots');
  while (dots.children.length < count) dots.append(document.createElement('li'));
  while (dots.children.length > count) dots.lastElementChild.remove();
  for (const [i, dot] of [...dots.children].entries()) dot.classList.toggle('on', i === panelIndex);
}
/** A card cut off at the bottom of the screen looks broken from two metres: show only the cards that fit. */
function fitCards(panel) {
  const bottom = attract.getBoundingClientRect().bottom;
  for (const card of panel.querySelectorAll('.k-card')) card.hidden = false;
  for (const card of [...panel.querySelectorAll('.k-card')].slice(1)) {
    if (card.getBoundingClientRect().bottom > bottom) card.hidden = true;
  }
}
function showPanel(index) {
  const list = panels();
  if (list.length === 0) return;
  panelIndex = ((index % list.length) + list.length) % list.length;
  list.forEach((p, i) => {
    p.hidden = i !== panelIndex;
  });
  if (mode === 'attract') {
    setLang(list[panelIndex].dataset.lang);
    fitCards(list[panelIndex]);
  }
  renderDots(list.length);
}
setInterval(() => {
  if (mode === 'attract') showPanel(panelIndex + 1);
}, settings.rotateSeconds * 1000);

// --- Touch view.
function touchLang() {
  return touch.querySelector('.k-touch-grid')?.dataset.lang;
}
function enterTouch(eventHref) {
  mode = 'touch';
  attract.hidden = true;
  cta.hidden = true;
  touch.hidden = false;
  document.body.classList.add('is-touch');
  // The visitor answers in the language they were reading when they touched.
  if (touchLang() !== lang) loadTouch(lang, eventHref);
  else if (eventHref) openEvent(eventHref);
  resetIdle();
}
function loadTouch(next, eventHref) {
  setLang(next);
  htmx.ajax('GET', `${settings.touchHref}?lang=${encodeURIComponent(next)}`, { target: '#touch', swap: 'innerHTML', headers }).then(() => {
    if (eventHref) openEvent(eventHref.replace(/lang=\w+/, `lang=${next}`));
  });
}
function openEvent(href) {
  hideKeyboard();
  htmx.ajax('GET', href, { target: '#k-stage', swap: 'innerHTML', headers });
}

// --- The stage: what it holds beyond its foot fades out there, and "Visa mer" (in reach) scrolls on, then back up.
const stageSize = new ResizeObserver(() => stageState());
function watchStage() {
  stageSize.disconnect();
  const stage = $('k-stage');
  if (stage) stageSize.observe(stage);
  stageState();
}
function stageState() {
  const stage = $('k-stage');
  const more = $('k-more');
  if (!stage || !more) return;
  const overflow = stage.scrollHeight - stage.clientHeight > 2;
  const atEnd = stage.scrollTop + stage.clientHeight >= stage.scrollHeight - 2;
  stage.classList.toggle('has-more', overflow);
  stage.classList.toggle('is-cut', overflow && !atEnd);
  more.hidden = !overflow;
  more.classList.toggle('is-up', overflow && atEnd);
  setText(more.querySelector('[data-label]'), overflow && atEnd ? more.dataset.top : more.dataset.more);
}
function scrollStage() {
  const stage = $('k-stage');
  if (!stage) return;
  const atEnd = stage.scrollTop + stage.clientHeight >= stage.scrollHeight - 2;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  stage.scrollTo({ top: atEnd ? 0 : stage.scrollTop + Math.round(stage.clientHeight * 0.75), behavior: smooth ? 'smooth' : 'auto' });
}
document.addEventListener('scroll', (e) => {
  if (e.target.id === 'k-stage') stageState();
}, { capture: true, passive: true });

function showOffline() {
  const text = touch.querySelector('.k-touch-grid')?.dataset.offline;
  const stage = $('k-stage');
  if (!text || !stage) return;
  const p = document.createElement('p');
  p.className = 'k-offline';
  p.textContent = text;
  stage.replaceChildren(p);
}

// A touch anywhere in the attract loop opens the touch view (on a card: that event). Handled on click, so the
// same touch does not also press whatever the touch view shows under the finger.
document.addEventListener('click', (e) => {
  if (mode !== 'attract') return;
  e.preventDefault();
  e.stopPropagation();
  enterTouch(e.target.closest?.('[data-event-href]')?.dataset.eventHref);
}, true);

document.addEventListener('click', (e) => {
  const target = e.target.closest?.('button, input');
  if (!target) return;
  if (target.id === 'k-clear') clearSearch();
  else if (target.id === 'k-restart') restart();
  else if (target.id === 'k-stay') stay();
  else if (target.id === 'k-more') scrollStage();
  else if (target.dataset.switchLang && target.dataset.switchLang !== touchLang()) loadTouch(target.dataset.switchLang);
  else if (target.id === 'k-q') showKeyboard();
});

function clearSearch() {
  const input = $('k-q');
  if (!input) return;
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

// --- Idle: "Är du kvar?" with a countdown, then a full page load back to the attract loop.
function resetIdle() {
  clearTimeout(idleTimer);
  if (mode === 'touch' && idle.hidden) idleTimer = setTimeout(askStillThere, settings.idleSeconds * 1000);
}
function renderCountdown(left) {
  setText($('k-idle-number'), String(left));
  for (const span of idle.querySelectorAll('[data-template]')) setText(span, span.dataset.template.replace('{seconds}', String(left)));
}
function askStillThere() {
  let left = settings.countdownSeconds;
  renderCountdown(left);
  idle.hidden = false;
  $('k-stay').focus();
  countdownTimer = setInterval(() => {
    left -= 1;
    renderCountdown(Math.max(0, left));
    if (left <= 0) {
      clearInterval(countdownTimer);
      restart();
    }
  }, 1000);
}
function stay() {
  clearInterval(countdownTimer);
  idle.hidden = true;
  resetIdle();
}
for (const type of ['pointerdown', 'keydown', 'input']) {
  document.addEventListener(type, () => {
    if (mode === 'touch' && idle.hidden) resetIdle();
  }, { capture: true, passive: true });
}

// A full page load clears the search, the chips and whatever a day of use left in memory. It goes ahead only when it
// cannot land on Chromium's error page: the service worker has the page, or the server answers.
async function restart() {
  clearTimeout(idleTimer);
  if (navigator.serviceWorker?.controller || (await serverVersion(settings, headers))) return reloadScreen(settings);
  mode = 'attract';
  idle.hidden = true;
  touch.hidden = true;
  attract.hidden = false;
  cta.hidden = false;
  document.body.classList.remove('is-touch');
  $('k-search')?.reset();
  $('k-search')?.dispatchEvent(new Event('change', { bubbles: true }));
  hideKeyboard();
  showPanel(0);
}

// --- Freshness: htmx polls the attract fragment; a failed or cached answer leaves the content and shows its age.
document.body.addEventListener('htmx:afterRequest', (e) => {
  if (e.detail.elt === attract) setStale(!e.detail.successful || e.detail.xhr?.getResponseHeader('X-Kiosk-Stale') === '1');
  else if (!e.detail.successful && mode === 'touch' && e.detail.target?.closest?.('#touch')) showOffline();
});
document.body.addEventListener('htmx:sendError', (e) => {
  if (e.detail.elt === attract) setStale(true);
});
document.body.addEventListener('htmx:afterSwap', (e) => {
  if (e.detail.target === attract) showPanel(panelIndex);
  else if (e.detail.target === touch) {
    initKeyboard();
    watchStage();
  } else if (e.detail.target?.id === 'k-stage') {
    e.detail.target.scrollTop = 0;
    stageState();
  }
});
document.body.addEventListener('htmx:beforeRequest', (e) => {
  if (e.detail.elt?.classList?.contains('k-result')) hideKeyboard();
});

watchVersion(settings, headers, {
  onAnswer(answered) {
    if (!answered) return setStale(true);
    // Back after a failure: fetch the content now rather than at the next poll.
    if (stale) htmx.trigger(attract, 'kiosk:refresh');
  },
  mayReload: () => mode === 'attract',
});

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(settings.serviceWorker, { scope: settings.scope }).catch(() => {});
}

initKeyboard();
watchStage();
showPanel(0);
setInterval(tick, 1000);
tick();
