// The on-screen keyboard: simple-keyboard with the Swedish layout's letters (å, ä, ö where Swedes expect them), digits
// and a dash; nothing a search box has no use for (tab, caps lock, shift, symbols). It types into #k-q and tells htmx
// by an input event, as a typed letter would.
import { SimpleKeyboard } from './vendor/simple-keyboard.js';
import swedish from './vendor/keyboard-swedish.js';

const $ = (id) => document.getElementById(id);
let keyboard = null;

const KEEP = /^(\p{L}|\d|-)$/u;
function searchLayout() {
  const rows = swedish.layout.default.slice(0, 4).map((row) => row.split(' ').filter((k) => KEEP.test(k)).join(' '));
  rows[0] += ' {bksp}';
  rows.push('{space} {done}');
  return rows;
}
function press(button) {
  const input = $('k-q');
  if (!input) return;
  if (button === '{done}') {
    swallowNextClick();
    return hideKeyboard();
  }
  if (button === '{bksp}') input.value = input.value.slice(0, -1);
  else if (button === '{space}') input.value += ' ';
  else input.value = (input.value + button).slice(0, input.maxLength);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
/**
 * Keys act when the finger lands; the click when it lifts goes to whatever is under it by then. Once "Klar" has put the
 * keyboard away, that is the search box (which would open it again) or the clear button: the click is dropped.
 */
function swallowNextClick() {
  const swallow = (e) => {
    e.preventDefault();
    e.stopPropagation();
  };
  document.addEventListener('click', swallow, { capture: true, once: true });
  setTimeout(() => document.removeEventListener('click', swallow, { capture: true }), 700);
}
export function initKeyboard() {
  keyboard?.destroy();
  keyboard = null;
  const box = $('k-keyboard');
  if (!box) return;
  keyboard = new SimpleKeyboard(box, {
    layout: { default: searchLayout() },
    display: JSON.parse(box.dataset.keys),
    onKeyPress: press,
    preventMouseDownDefault: true,
    physicalKeyboardHighlight: false,
    disableButtonHold: true,
    theme: 'hg-theme-default k-kb',
  });
}
export function showKeyboard() {
  const box = $('k-keyboard');
  if (box) box.hidden = false;
  $('touch').classList.add('has-keyboard');
}
export function hideKeyboard() {
  const box = $('k-keyboard');
  if (box) box.hidden = true;
  $('touch').classList.remove('has-keyboard');
}
