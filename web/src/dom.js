// h builds an element: h('a', {href: '#', class: 'x'}, 'text', child).
// Text is always set as text, never parsed as HTML.
export function h(tag, attrs, ...children) {
  const el = tag.includes(':') ? document.createElementNS('http://www.w3.org/2000/svg', tag.split(':')[1]) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

// link is an in-app link that navigates without reloading.
export function link(text, hrefValue, attrs = {}) {
  return h('a', { href: hrefValue, ...attrs, onclick: (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    history.pushState(null, '', hrefValue);
    window.dispatchEvent(new Event('parley:navigate'));
  } }, text);
}
