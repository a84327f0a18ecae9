// A tiny element builder: the UI is a few dozen nodes, not worth a framework's bytes.
// Config texts always go in as text nodes, never as HTML, so a site's texts cannot inject markup.

type Child = Node | string | false | null | undefined;
type Props = Record<string, string | boolean | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name, value);
    else if (value !== false) element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...(children.filter((child) => child || child === '') as (Node | string)[]));
  return element;
}

export function button(label: string, onClick: EventListener, props: Props = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: 'btn', click: onClick, ...props }, label);
}

/** Only http(s) links: a javascript: URL from a mistyped config must not become clickable. */
export function safeLink(url: string, label: string): HTMLAnchorElement | null {
  return /^https?:\/\//i.test(url) ? h('a', { href: url }, label) : null;
}
