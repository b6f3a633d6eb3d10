// The list of stored articles, newest first.
import { get } from './api.js';
import { fmt } from './cameo.js';
import { h, link } from './dom.js';
import { href } from './state.js';

const PAGE = 50;

export async function render(root, params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const data = await get('/api/articles', { limit: PAGE + 1, offset });
  const list = data.articles.slice(0, PAGE);
  root.append(h('h2', {}, 'Articles'));
  if (list.length === 0) {
    root.append(h('p', { class: 'empty' }, offset ? 'No more articles.' : 'No articles yet: add some with "parley ingest" or POST /api/articles.'));
    return { articles: 0 };
  }
  root.append(h('table', { class: 'articles', id: 'articles-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Published'), h('th', {}, 'Title'), h('th', {}, 'Source'), h('th', { class: 'num' }, 'Events'))),
    h('tbody', {}, ...list.map((a) => h('tr', {},
      h('td', { class: 'date' }, a.published || '—'),
      h('td', {}, link(a.title || a.id, href('article', { id: a.id })), h('div', { class: 'sub' }, a.id)),
      h('td', {}, a.source || ''),
      h('td', { class: 'num' }, fmt(a.event_count)))))));
  const nav = h('p', { class: 'pager' });
  if (offset > 0) nav.append(link('← Newer', href('articles', { offset: String(Math.max(0, offset - PAGE)) })), ' ');
  if (data.articles.length > PAGE) nav.append(link('Older →', href('articles', { offset: String(offset + PAGE) })));
  root.append(nav);
  return { articles: list.length };
}
