// The actor network of the selected period: who acts toward whom. Nodes
// are actors (or countries), edges point from source to target, their
// width is the number of events and their colour the share of conflict.
import cytoscape from 'cytoscape';
import { get } from './api.js';
import { conflictColor, conflictShare, fmt } from './cameo.js';
import { h } from './dom.js';
import { filters, go, href } from './state.js';

const MAX_EDGES = 400;

export async function render(root, params) {
  const f = filters(params);
  const level = params.get('level') === 'country' ? 'country' : 'actor';
  const by = level === 'country' ? 'source_country,target_country' : 'source,target';
  const data = await get('/api/aggregates', new URLSearchParams([...f, ['by', by], ['limit', String(MAX_EDGES)]]));

  root.append(h('h2', {}, 'Who acts toward whom'),
    h('div', { class: 'controls' }, h('label', {}, 'Nodes are ',
      h('select', { name: 'level', onchange: (e) => {
        const p = new URLSearchParams(params);
        p.set('level', e.target.value);
        go('?' + p.toString(), true);
      } }, h('option', { value: 'actor', selected: level === 'actor' }, 'actors (RUSGOV, UKRMIL…)'),
        h('option', { value: 'country', selected: level === 'country' }, 'countries')))));

  const key = level === 'country' ? ['source_country', 'target_country'] : ['source', 'target'];
  const nodes = new Map();
  const edges = [];
  let events = 0;
  for (const b of data.buckets) {
    const s = b[key[0]], t = b[key[1]];
    if (!s || !t) continue; // events without a target are not edges
    for (const id of [s, t]) {
      if (!nodes.has(id)) nodes.set(id, { id, count: 0, quads: [0, 0, 0, 0] });
    }
    for (const id of new Set([s, t])) {
      const n = nodes.get(id);
      n.count += b.count;
      b.quads.forEach((q, i) => { n.quads[i] += q; });
    }
    edges.push({ source: s, target: t, count: b.count, goldstein: b.goldstein, quads: b.quads });
    events += b.count;
  }
  if (edges.length === 0) {
    root.append(h('p', { class: 'empty' }, 'No events with both a source and a target match these filters.'));
    return { events: 0, nodes: 0, edges: 0 };
  }
  const maxEdge = Math.max(...edges.map((e) => e.count));
  const maxNode = Math.max(...[...nodes.values()].map((n) => n.count));
  const elements = [
    ...[...nodes.values()].map((n) => ({ data: { id: n.id, label: n.id, count: n.count, color: conflictColor(conflictShare(n.quads)) } })),
    ...edges.map((e, i) => ({ data: {
      id: 'e' + i, source: e.source, target: e.target, count: e.count,
      width: 1.5 + 8.5 * Math.sqrt(e.count / maxEdge),
      color: conflictColor(conflictShare(e.quads)),
      label: String(e.count),
      title: `${e.source} → ${e.target}: ${e.count} events, Goldstein sum ${fmt(e.goldstein)}`,
    } })),
  ];
  const box = h('div', { class: 'network', id: 'network-graph' });
  const tip = h('div', { class: 'tip', id: 'network-tip' }, 'Click an edge or a node to list its events.');
  root.append(box, tip);
  const cy = cytoscape({
    container: box,
    elements,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'background-color': 'data(color)', color: '#222', 'font-size': 11, 'font-weight': 600,
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#fff', 'text-outline-width': 2,
        width: (n) => 18 + 40 * Math.sqrt(n.data('count') / maxNode), height: (n) => 18 + 40 * Math.sqrt(n.data('count') / maxNode),
        'border-width': 1, 'border-color': '#fff',
      } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: 0.85,
        label: 'data(label)', 'font-size': 9, color: '#333', 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
      } },
      { selector: 'edge:selected, edge.hover', style: { opacity: 1, 'z-index': 10 } },
    ],
    layout: nodes.size <= 10 ? { name: 'circle', padding: 40 } : { name: 'cose', animate: false, padding: 30, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, randomize: false },
  });
  cy.on('mouseover', 'edge', (e) => { tip.textContent = e.target.data('title'); e.target.addClass('hover'); });
  cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
  cy.on('mouseover', 'node', (e) => { tip.textContent = `${e.target.id()}: ${fmt(e.target.data('count'))} events as source or target`; });
  cy.on('tap', 'edge', (e) => {
    const p = new URLSearchParams(f);
    p.set('source', e.target.data('source'));
    p.set('target', e.target.data('target'));
    p.delete('actor');
    go(href('events', p));
  });
  cy.on('tap', 'node', (e) => {
    const p = new URLSearchParams(f);
    p.set('actor', e.target.id());
    go(href('events', p));
  });
  window.parleyNetwork = cy; // for tests and the curious, in the console

  const shown = data.buckets.length >= MAX_EDGES ? ` (the ${MAX_EDGES} largest dyads)` : '';
  root.append(h('p', { class: 'summary', id: 'network-summary' },
    `${fmt(nodes.size)} ${level === 'country' ? 'countries' : 'actors'}, ${fmt(edges.length)} dyads, ${fmt(events)} events${shown}. `,
    h('span', { class: 'legend-coop' }, 'green: cooperation'), ' · ', h('span', { class: 'legend-conf' }, 'red: conflict'),
    ' · width: number of events.'));
  return { events, nodes: nodes.size, edges: edges.length };
}
