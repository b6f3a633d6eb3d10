// The world map of events: countries shaded by their number of events,
// with a circle per country coloured by the share of conflict. Drawn with
// d3-geo on Natural Earth shapes shipped with the UI: no tiles, no network.
import { geoArea, geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import isoCodes from 'i18n-iso-countries/codes.json';
import { get } from './api.js';
import { conflictColor, conflictShare, fmt } from './cameo.js';
import { h } from './dom.js';
import { filters, go, href } from './state.js';

// ISO 3166 numeric (the shapes' ids) → alpha-3.
const alpha3 = new Map(isoCodes.map((c) => [c[2], c[1]]));
// Shapes without an ISO numeric code, named as parley's country table
// codes them (Kosovo KSV; Northern Cyprus and Somaliland are coded as the
// states they are recognised as part of).
const byName = { Kosovo: 'KSV', 'N. Cyprus': 'CYP', Somaliland: 'SOM' };
// parley codes that differ from the shapes' ISO codes: Timor-Leste, and
// territories coded country+territory (DNKGRL → GRL).
function shapeCode(code) {
  if (code === 'TMP') return 'TLS';
  if (code.length === 6) return code.slice(3);
  return code;
}

let worldPromise;
function world() {
  if (!worldPromise) {
    worldPromise = fetch('/assets/countries-50m.json').then((r) => {
      if (!r.ok) throw new Error('the map shapes (assets/countries-50m.json) are missing: rebuild the UI');
      return r.json();
    }).then((topo) => feature(topo, topo.objects.countries).features);
    worldPromise.catch(() => { worldPromise = undefined; });
  }
  return worldPromise;
}

// mainCentroid is the centroid of a country's largest polygon, so that
// France's circle sits in Europe rather than between it and Guiana.
function mainCentroid(f) {
  if (f.geometry.type !== 'MultiPolygon') return geoCentroid(f);
  let best = null, bestArea = -1;
  for (const coords of f.geometry.coordinates) {
    const poly = { type: 'Polygon', coordinates: coords };
    const a = geoArea(poly);
    if (a > bestArea) { bestArea = a; best = poly; }
  }
  return geoCentroid(best);
}

const MODES = [
  ['place', 'where it happened (event place)', 'place_country', 'place'],
  ['target', 'target country', 'target_country', 'target'],
  ['source', 'source country', 'source_country', 'source'],
];

export async function render(root, params) {
  const f = filters(params);
  const [features, data, places] = await Promise.all([
    world(),
    get('/api/aggregates', new URLSearchParams([...f, ['by', 'place_country,target_country,source_country'], ['limit', '10000']])),
    get('/api/aggregates', new URLSearchParams([...f, ['by', 'place'], ['limit', '2000']])),
  ]);
  const anyPlace = data.buckets.some((b) => b.place_country);
  let mode = params.get('where');
  const note = [];
  if (!MODES.some((m) => m[0] === mode)) {
    mode = anyPlace ? 'place' : 'target';
    if (!anyPlace && data.buckets.length > 0) note.push('No event in this selection has a place: the map shows target countries.');
  }
  const [, , field, param] = MODES.find((m) => m[0] === mode);
  const counts = new Map();
  let located = 0, unlocated = 0;
  for (const b of data.buckets) {
    const c = b[field];
    if (!c) { unlocated += b.count; continue; }
    const e = counts.get(c) || { code: c, count: 0, goldstein: 0, quads: [0, 0, 0, 0] };
    e.count += b.count;
    e.goldstein += b.goldstein;
    b.quads.forEach((q, i) => { e.quads[i] += q; });
    counts.set(c, e);
    located += b.count;
  }

  root.append(h('h2', {}, 'Where'), h('div', { class: 'controls' }, h('label', {}, 'Place events by ',
    h('select', { name: 'where', onchange: (e) => {
      const p = new URLSearchParams(params);
      p.set('where', e.target.value);
      go('?' + p.toString(), true);
    } }, ...MODES.map(([v, label]) => h('option', { value: v, selected: v === mode }, label))))));

  const box = h('div', { class: 'map', id: 'map' });
  root.append(box);
  const width = Math.max(360, box.clientWidth || 960);
  const height = Math.round(width * 0.52);
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  const path = geoPath(projection);
  const max = Math.max(1, ...[...counts.values()].map((c) => c.count));
  const shade = (n) => {
    if (!n) return '#eef0f2';
    const t = Math.log1p(n) / Math.log1p(max);
    const l = Math.round(88 - 45 * t);
    return `hsl(212, 45%, ${l}%)`;
  };
  const svg = h('svg:svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': 'World map of events' });
  svg.append(h('svg:path', { d: path({ type: 'Sphere' }), class: 'sphere' }));
  const drawn = new Set();
  const dots = [];
  const open = (code) => {
    const p = new URLSearchParams(f);
    p.set(param, code);
    go(href('events', p));
  };
  for (const feat of features) {
    const code = byName[feat.properties.name] || alpha3.get(feat.id);
    let c;
    for (const [k, v] of counts) if (shapeCode(k) === code) c = v;
    const title = `${feat.properties.name}${code ? ' (' + code + ')' : ''}: ${c ? fmt(c.count) + ' events, Goldstein sum ' + fmt(Math.round(c.goldstein * 10) / 10) : 'no events'}`;
    const el = h('svg:path', { d: path(feat), class: c ? 'country has-events' : 'country', fill: shade(c && c.count), 'data-code': code || '' }, h('svg:title', {}, title));
    if (c) {
      el.addEventListener('click', () => open(c.code));
      drawn.add(c.code);
      const [x, y] = projection(mainCentroid(feat));
      dots.push({ x, y, c, title });
    }
    svg.append(el);
  }
  // In place mode the circles sit on the places themselves when the
  // gazetteer gave coordinates; the others stay on their country.
  if (mode === 'place') {
    const byCountry = new Map(dots.map((d) => [d.c.code, d]));
    const placed = [];
    const left = new Map([...counts.keys()].map((k) => [k, { n: 0, g: 0, q: [0, 0, 0, 0] }]));
    for (const b of places.buckets) {
      if (!b.place_country || b.lat === undefined || b.lon === undefined) continue;
      const xy = projection([b.lon, b.lat]);
      if (!xy) continue;
      const c = { code: b.place_country, count: b.count, goldstein: b.goldstein, quads: b.quads };
      placed.push({ x: xy[0], y: xy[1], c, title: `${b.place} (${b.place_country}): ${fmt(b.count)} events, Goldstein sum ${fmt(Math.round(b.goldstein * 10) / 10)}` });
      const l = left.get(b.place_country) || { n: 0, g: 0, q: [0, 0, 0, 0] };
      l.n += b.count; l.g += b.goldstein; b.quads.forEach((q, i) => { l.q[i] += q; });
      left.set(b.place_country, l);
    }
    // Events whose place has no coordinates keep a circle on the country.
    for (const [code, l] of left) {
      const d = byCountry.get(code);
      if (!d || d.c.count <= l.n) continue;
      const c = { code, count: d.c.count - l.n, goldstein: d.c.goldstein - l.g, quads: d.c.quads.map((q, i) => q - l.q[i]) };
      placed.push({ ...d, c, title: `${code}, no coordinates: ${fmt(c.count)} events` });
    }
    dots.length = 0;
    dots.push(...placed);
  }
  dots.sort((a, b) => b.c.count - a.c.count);
  for (const d of dots) {
    const r = 3 + 17 * Math.sqrt(d.c.count / max);
    const dot = h('svg:circle', { cx: d.x.toFixed(1), cy: d.y.toFixed(1), r: r.toFixed(1), class: 'dot', fill: conflictColor(conflictShare(d.c.quads)), 'data-code': d.c.code, 'data-count': d.c.count },
      h('svg:title', {}, d.title));
    dot.addEventListener('click', () => open(d.c.code));
    svg.append(dot);
  }
  box.append(svg);

  const off = [...counts.values()].filter((c) => !drawn.has(c.code));
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count).slice(0, 12);
  root.append(h('p', { class: 'summary', id: 'map-summary' },
    ...note.map((n) => h('span', { class: 'note' }, n + ' ')),
    `${fmt(located)} events in ${fmt(counts.size)} countries`,
    unlocated ? `; ${fmt(unlocated)} without a ${mode === 'place' ? 'place' : mode + ' country'} are not on the map` : '',
    off.length ? `; not drawn at this scale: ${off.map((c) => `${c.code} (${c.count})`).join(', ')}` : '',
    '. Circle size: events; colour: green cooperation, red conflict.'));
  if (ranked.length) {
    root.append(h('table', { class: 'ranked' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Country'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'Goldstein sum'), h('th', {}, 'Conflict share'))),
      h('tbody', {}, ...ranked.map((c) => h('tr', { onclick: () => open(c.code), class: 'clickable' },
        h('td', {}, c.code), h('td', { class: 'num' }, fmt(c.count)), h('td', { class: 'num' }, fmt(Math.round(c.goldstein * 10) / 10)),
        h('td', {}, h('span', { class: 'bar', style: `width:${Math.round(60 * conflictShare(c.quads))}px;background:${conflictColor(conflictShare(c.quads))}` }), ` ${Math.round(100 * conflictShare(c.quads))}%`))))));
  }
  return { events: located, countries: counts.size, dots: dots.length };
}
