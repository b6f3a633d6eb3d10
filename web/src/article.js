// One article with its events: the text with each event's source, target,
// trigger and place highlighted at their byte offsets, and the list of
// events beside it. Selecting an event brings its evidence forward.
import { get } from './api.js';
import { QUADS, fmt, quadName } from './cameo.js';
import { h, link } from './dom.js';
import { href } from './state.js';
import { segments } from './text.js';

const ROLES = ['source', 'target', 'trigger', 'place', 'mention'];

// spansOf lists the highlighted spans of the events.
function spansOf(events) {
  const spans = [];
  for (const e of events) {
    spans.push({ start: e.source.start, end: e.source.end, role: 'source', ev: e.id });
    if (e.target && !e.target.implied) spans.push({ start: e.target.start, end: e.target.end, role: 'target', ev: e.id });
    spans.push({ start: e.evidence.start, end: e.evidence.end, role: 'trigger', ev: e.id });
    if (e.place) spans.push({ start: e.place.start, end: e.place.end, role: 'place', ev: e.id });
    for (const m of e.mentions || []) spans.push({ start: m.start, end: m.end, role: 'mention', ev: e.id });
  }
  return spans;
}

export async function render(root, params) {
  const id = params.get('id');
  if (!id) {
    root.append(h('p', { class: 'empty' }, 'No article given.'));
    return {};
  }
  const a = await get('/api/articles/' + encodeURIComponent(id));
  const events = a.events;
  const byId = new Map(events.map((e) => [e.id, e]));

  const meta = [a.published && `Published ${a.published}`, a.source, `${fmt(events.length)} events`, `id ${a.id}`].filter(Boolean).join(' · ');
  root.append(h('h2', { class: 'article-title' }, a.title || a.id),
    h('p', { class: 'meta' }, meta, a.url && /^https?:\/\//.test(a.url) ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : ''),
    h('p', { class: 'legend' }, 'Highlighted: ', ...ROLES.slice(0, 4).map((r) => h('mark', { class: 'hl ' + r }, r)), ' ', h('span', { class: 'sub' }, '(select an event to see its own evidence)')));

  // The text, cut at every span boundary.
  const segs = segments(a.text, spansOf(events));
  if (segs.badOffsets.length) console.warn('parley: offsets inside a character or outside the text were moved:', segs.badOffsets);
  const text = h('div', { class: 'article-text', id: 'article-text' });
  for (const s of segs) {
    if (s.spans.length === 0) { text.append(s.text); continue; }
    const roles = new Set(s.spans.map((x) => x.role));
    const evs = [...new Set(s.spans.map((x) => x.ev))];
    const mark = h('mark', {
      class: 'hl ' + [...roles].join(' '),
      'data-roles': s.spans.map((x) => `${x.ev}:${x.role}`).join(' '),
      'data-events': evs.join(' '),
      title: s.spans.map((x) => { const e = byId.get(x.ev); return `${x.role} of ${e.source.code} ${e.code} ${e.target ? e.target.code : ''}`; }).join('\n'),
    }, s.text);
    mark.addEventListener('click', () => select(evs[0], true));
    text.append(mark);
  }

  const list = h('ol', { class: 'event-list', id: 'article-events' }, ...events.map((e) => {
    const q = QUADS[e.quad - 1];
    return h('li', { 'data-id': e.id, tabindex: 0, onclick: () => select(e.id, true), onkeydown: (k) => { if (k.key === 'Enter') select(e.id, true); } },
      h('div', {}, h('span', { class: 'dotq', style: `background:${q ? q.color : '#999'}`, title: quadName(e.quad) }),
        h('code', {}, e.source.code), ' → ', h('code', {}, e.target ? e.target.code : '—'), ' ', h('b', {}, e.code), ' ', e.name),
      h('div', { class: 'sub' }, [e.date || 'undated', e.mood, `Goldstein ${fmt(e.goldstein)}`, e.plover && e.plover.type, e.place && `in ${e.place.name}`, e.evidence.pattern && `pattern ${e.evidence.pattern}`].filter(Boolean).join(' · ')),
      h('div', { class: 'sub' }, '“', e.source.text, '” ', h('b', {}, e.evidence.trigger), e.target ? (e.target.implied ? [' ', e.target.code, ' (implied)'] : [' “', e.target.text, '”']) : ''));
  }));
  root.append(h('div', { class: 'article' }, text, h('aside', {}, h('h3', {}, 'Events'),
    events.length ? list : h('p', { class: 'empty' }, 'No events were coded in this article.'),
    link('All events of this article in the table', href('events', { article: a.id })))));

  function select(evId, scroll) {
    const key = String(evId);
    text.classList.toggle('focused', !!evId);
    for (const m of text.querySelectorAll('mark')) m.classList.toggle('active', m.dataset.events.split(' ').includes(key));
    for (const li of list.querySelectorAll('li')) li.classList.toggle('active', li.dataset.id === key);
    const p = new URLSearchParams(window.location.search);
    if (p.get('event') !== key) { p.set('event', key); history.replaceState(null, '', '?' + p.toString()); }
    if (scroll) {
      const first = text.querySelector('mark.active');
      if (first) first.scrollIntoView({ block: 'center', behavior: scroll === 'instant' ? 'auto' : 'smooth' });
    }
  }
  const want = params.get('event');
  if (want && byId.has(Number(want))) select(Number(want), 'instant');
  return { events: events.length, marks: text.querySelectorAll('mark').length };
}
