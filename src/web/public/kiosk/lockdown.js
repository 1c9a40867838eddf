// Nothing on a kiosk leaves the kiosk: no links out, no new windows, no selection, no context menu, no zoom (pinch
// is off by CSS touch-action and Chromium's --disable-pinch too; these cover mice, trackpads and keyboards).
export function lockDown() {
  window.open = () => null;
  document.addEventListener('contextmenu', (e) => e.preventDefault());
  document.addEventListener('dragstart', (e) => e.preventDefault());
  document.addEventListener('selectstart', (e) => {
    if (!e.target.closest?.('input')) e.preventDefault();
  });
  document.addEventListener('click', (e) => {
    if (e.target.closest?.('a[href]')) e.preventDefault();
  }, true);
  document.addEventListener('touchmove', (e) => {
    if (e.touches.length > 1) e.preventDefault();
  }, { passive: false });
  document.addEventListener('wheel', (e) => {
    if (e.ctrlKey) e.preventDefault();
  }, { passive: false });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0'].includes(e.key)) e.preventDefault();
  });
}
