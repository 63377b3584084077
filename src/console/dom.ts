// A few helpers to build the page's elements without a framework.

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

/** An element with attributes (on* are listeners; false/null/undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/**
 * A listener that starts `action` and returns: the DOM does not await listeners. Each action shows
 * its own failure on the page; one that still escapes is reported to the console, not dropped.
 */
export function whenever<E extends Event>(action: (event: E) => Promise<void>): (event: E) => void {
  return (event) => void action(event).catch((error: unknown) => console.error(error));
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replace(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
export const formatInt = (n: number): string => integer.format(n);
export const formatPercent = (ratio: number | null | undefined): string => (ratio === null || ratio === undefined ? '–' : `${(ratio * 100).toFixed(1)} %`);

/** A message box: role=alert for errors, so screen readers announce it. */
export function notice(kind: 'error' | 'info' | 'ok', text: string): HTMLElement {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, kind === 'error' ? 'Error: ' : '', text);
}
