// <upptack-events filter="category=music&area=araby" limit="5" theme="light" lang="sv"></upptack-events>
// Renders the next events of a filter from this site's open API, in a shadow root: no cookies, no storage,
// credentials omitted, nothing sent but the filter.
(() => {
  const origin = new URL(document.currentScript?.src ?? location.href).origin;
  const css = `:host{display:block;font:inherit;color:inherit}
ul{list-style:none;margin:0;padding:0}li{display:flex;flex-direction:column;padding:.6rem 0;border-bottom:1px solid var(--upptack-line,#d9dde3)}
a{color:var(--upptack-link,#0b5a8a);font-weight:600;text-decoration:none}a:hover,a:focus-visible{text-decoration:underline}
span{color:var(--upptack-muted,#4a5360);font-size:.9em}p{margin:.75rem 0 0;font-size:.9em}
:host([theme=dark]){--upptack-line:#343a42;--upptack-link:#8cc8f0;--upptack-muted:#b4bcc6;background:#16191d;color:#eef1f4;padding:.75rem}`;

  class UpptackEvents extends HTMLElement {
    static get observedAttributes() {
      return ['filter', 'limit', 'lang'];
    }
    connectedCallback() {
      this.load();
    }
    attributeChangedCallback() {
      if (this.isConnected) this.load();
    }
    async load() {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const params = new URLSearchParams(this.getAttribute('filter') ?? '');
      params.set('limit', this.getAttribute('limit') ?? '5');
      if (this.getAttribute('lang')) params.set('lang', this.getAttribute('lang'));
      try {
        const res = await fetch(`${origin}/api/poster?${params}`, { credentials: 'omit', referrerPolicy: 'no-referrer' });
        if (!res.ok) throw new Error(String(res.status));
        this.render(root, (await res.json()).posters);
      } catch {
        root.replaceChildren();
      }
    }
    render(root, posters) {
      const style = document.createElement('style');
      style.textContent = css;
      const list = document.createElement('ul');
      for (const p of posters) {
        const li = document.createElement('li');
        const a = Object.assign(document.createElement('a'), { href: p.qrTarget, target: '_blank', rel: 'noopener', textContent: p.title });
        li.append(a, Object.assign(document.createElement('span'), { textContent: [p.when, p.place].filter(Boolean).join(' · ') }));
        list.append(li);
      }
      root.replaceChildren(style, list);
    }
  }
  if (!customElements.get('upptack-events')) customElements.define('upptack-events', UpptackEvents);
})();
