// parley's web UI: a timeline, an actor network, a map, an event table and
// an article view over the JSON API. The URL holds the view and its
// filters, so any screen can be shared as a link.
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { get } from './api.js';
import { fmt } from './cameo.js';
import { h } from './dom.js';
import * as article from './article.js';
import * as articles from './articles.js';
import * as map from './map.js';
import * as network from './network.js';
import * as table from './table.js';
import * as timeline from './timeline.js';
import { FILTERS, current, filters, go, href, view } from './state.js';

const views = { timeline, network, map, events: table, articles, article };
const root = document.getElementById('view');
const form = document.getElementById('filters');
const status = document.getElementById('status');
let token = 0;

// syncForm shows the URL's filters in the form.
function syncForm(params) {
  for (const name of FILTERS) {
    if (name === 'quad') continue;
    form.elements[name].value = params.get(name) || '';
  }
  const quads = (params.get('quad') || '').split(',');
  for (const box of form.querySelectorAll('input[name=quad]')) box.checked = quads.includes(box.value);
}

// formParams reads the form into URL parameters.
function formParams() {
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    if (name === 'quad') continue;
    const v = form.elements[name].value.trim();
    if (v) p.set(name, v);
  }
  const quads = [...form.querySelectorAll('input[name=quad]:checked')].map((b) => b.value);
  if (quads.length) p.set('quad', quads.join(','));
  return p;
}

// View-specific settings kept when the filters change.
const KEEP = ['interval', 'metric', 'level', 'where'];

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const now = current();
  const p = formParams();
  for (const k of KEEP) if (now.get(k)) p.set(k, now.get(k));
  let v = view(now);
  if (v === 'article' || v === 'articles') v = 'events';
  go(href(v, p));
});
document.getElementById('clear').addEventListener('click', () => {
  const v = view();
  go(href(v === 'article' || v === 'articles' ? 'events' : v, {}));
});
document.getElementById('tabs').addEventListener('click', (e) => {
  const a = e.target.closest('a[data-view]');
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  go(a.getAttribute('href'));
});

// describe says in words which filters apply.
function describe(f) {
  const parts = [];
  for (const [k, v] of f) parts.push(`${k}=${v}`);
  return parts.length ? 'Filters: ' + parts.join(', ') : 'No filters: all events';
}

async function render() {
  const my = ++token;
  const params = current();
  const v = view(params);
  const f = filters(params);
  syncForm(params);
  form.hidden = v === 'article' || v === 'articles';
  for (const a of document.querySelectorAll('#tabs a')) {
    a.setAttribute('href', href(a.dataset.view, ['article', 'articles'].includes(a.dataset.view) ? {} : f));
    a.classList.toggle('active', a.dataset.view === v || (v === 'article' && a.dataset.view === 'articles'));
  }
  document.title = `parley · ${v}`;
  const box = h('div', { class: 'view-' + v });
  root.replaceChildren(box);
  for (const k of Object.keys(root.dataset)) delete root.dataset[k];
  status.textContent = '';
  if (!form.hidden) {
    get('/api/aggregates', f).then((d) => {
      if (my !== token) return;
      const n = d.buckets.length ? d.buckets[0].count : 0;
      status.replaceChildren(h('span', { id: 'match-count', 'data-count': n }, `${fmt(n)} events match. `), h('span', { class: 'sub' }, describe(f)));
    }).catch((e) => { if (my === token) status.textContent = e.message; });
  }
  try {
    const info = (await views[v].render(box, params)) || {};
    if (my !== token) return;
    for (const [k, val] of Object.entries(info)) root.dataset[k] = String(val);
    root.dataset.rendered = v;
  } catch (e) {
    if (my !== token) return;
    box.append(h('div', { class: 'error', role: 'alert' }, e.message));
    root.dataset.error = e.message;
    root.dataset.rendered = v;
  }
}

window.addEventListener('popstate', render);
window.addEventListener('parley:navigate', render);
render();
