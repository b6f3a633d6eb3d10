// The event table: one row per event, newest first, a page at a time.
import { get } from './api.js';
import { QUADS, fmt, quadName } from './cameo.js';
import { h, link } from './dom.js';
import { filters, href } from './state.js';

const PAGE = 100;

function actorCell(a) {
  if (!a) return h('td', { class: 'none' }, '—');
  return h('td', {}, h('code', {}, a.code), h('div', { class: 'sub' }, a.implied ? '(implied)' : a.text));
}

function row(e) {
  const q = QUADS[e.quad - 1];
  return h('tr', { 'data-id': e.id },
    h('td', { class: 'date' }, e.date || h('span', { class: 'none' }, 'undated')),
    actorCell(e.source),
    h('td', {}, h('code', {}, e.code), ' ', e.name,
      h('div', { class: 'sub' }, [e.plover && e.plover.type, e.mood && e.mood !== 'fact' && e.mood].filter(Boolean).join(' · '))),
    actorCell(e.target),
    h('td', { class: 'quad' }, h('span', { class: 'dotq', style: `background:${q ? q.color : '#999'}`, title: quadName(e.quad) }), q ? q.short : e.quad),
    h('td', { class: 'num' }, fmt(e.goldstein)),
    h('td', {}, e.place ? [e.place.name, h('div', { class: 'sub' }, e.place.country)] : h('span', { class: 'none' }, '—')),
    h('td', { class: 'evidence' }, h('b', {}, e.evidence.trigger), h('div', { class: 'sub sentence' }, e.evidence.sentence || '')),
    h('td', {}, link(e.article, href('article', { id: e.article, event: String(e.id) }), { class: 'article-link', title: 'Open the article with this event highlighted' })));
}

export async function render(root, params) {
  const f = filters(params);
  const api = '/api/events?' + new URLSearchParams([...f, ['limit', String(PAGE)]]).toString();
  root.append(h('h2', {}, 'Events'), h('div', { class: 'controls' }, 'Newest first. ', h('a', { href: api, class: 'json-link' }, 'This page as JSON')));
  const tbody = h('tbody', {});
  const table = h('table', { class: 'events', id: 'events-table' },
    h('thead', {}, h('tr', {}, ...['Date', 'Source', 'Event', 'Target', 'QuadClass', 'Goldstein', 'Place', 'Evidence', 'Article'].map((t) => h('th', {}, t)))),
    tbody);
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More events');
  const count = h('p', { class: 'summary', id: 'events-summary' });
  root.append(count, table, more);
  let next = '';
  let shown = 0;
  const load = async () => {
    more.disabled = true;
    const p = new URLSearchParams([...f, ['limit', String(PAGE)]]);
    if (next) p.set('cursor', next);
    const page = await get('/api/events', p);
    for (const e of page.events) tbody.append(row(e));
    shown += page.events.length;
    next = page.next || '';
    more.hidden = !next;
    more.disabled = false;
    count.textContent = shown === 0 ? 'No events match these filters.' : `${fmt(shown)} events shown${next ? ' (more below)' : ''}.`;
    root.dataset.rows = String(shown);
  };
  more.addEventListener('click', () => load().catch((e) => { count.textContent = e.message; }));
  await load();
  return { rows: shown };
}
