// The cooperation-vs-conflict timeline: events per day (or week) by
// QuadClass, or the day's Goldstein sum, drawn with uPlot.
import uPlot from 'uplot';
import { get } from './api.js';
import { QUADS, fmt } from './cameo.js';
import { h } from './dom.js';
import { filters, go, href } from './state.js';

const DAY = 86400;

function toSeconds(date) {
  return Date.parse(date + 'T00:00:00Z') / 1000;
}

function toDate(seconds) {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

// periods lists every period from first to last, so that quiet days show
// as zeros rather than being skipped.
function periods(first, last, step) {
  const out = [];
  for (let t = toSeconds(first); t <= toSeconds(last); t += step) out.push(t);
  return out;
}

export async function render(root, params) {
  const f = filters(params);
  let interval = params.get('interval') === 'week' ? 'week' : 'day';
  const metric = params.get('metric') === 'goldstein' ? 'goldstein' : 'count';
  const data = await get('/api/aggregates', new URLSearchParams([...f, ['interval', interval], ['limit', '10000']]));
  const buckets = data.buckets;

  const controls = h('div', { class: 'controls' },
    h('label', {}, 'Per ', select('interval', interval, [['day', 'day'], ['week', 'week']], params)),
    h('label', {}, ' Show ', select('metric', metric, [['count', 'events by QuadClass'], ['goldstein', 'Goldstein sum']], params)));
  root.append(h('h2', {}, 'Cooperation and conflict over time'), controls);

  if (buckets.length === 0) {
    root.append(h('p', { class: 'empty' }, 'No dated events match these filters.'));
    return { events: 0 };
  }
  const step = interval === 'week' ? 7 * DAY : DAY;
  const xs = periods(buckets[0].period, buckets[buckets.length - 1].period, step);
  const index = new Map(xs.map((x, i) => [x, i]));
  const quads = QUADS.map(() => xs.map(() => 0));
  const gold = xs.map(() => 0);
  let total = 0;
  for (const b of buckets) {
    const i = index.get(toSeconds(b.period));
    if (i === undefined) continue;
    b.quads.forEach((n, q) => { quads[q][i] += n; });
    gold[i] += b.goldstein;
    total += b.count;
  }

  const chart = h('div', { class: 'chart', id: 'timeline-chart' });
  root.append(chart);
  const width = Math.max(320, chart.clientWidth || root.clientWidth || 900);
  const series = [{ label: interval === 'week' ? 'Week of' : 'Day', value: (u, v) => (v == null ? '' : toDate(v)) }];
  let plotData;
  if (metric === 'count') {
    for (const q of QUADS) {
      series.push({ label: q.name, stroke: q.color, fill: q.color + '22', width: 2, points: { show: true, size: 7, fill: q.color }, paths: uPlot.paths.linear() });
    }
    plotData = [xs, ...quads];
  } else {
    series.push({ label: 'Goldstein sum', stroke: '#555', width: 1, paths: uPlot.paths.bars({ size: [0.7, 60] }),
      fill: (u) => {
        const ctx = u.ctx, top = u.valToPos(10, 'y', true), zero = u.valToPos(0, 'y', true), bottom = u.valToPos(-10, 'y', true);
        const g = ctx.createLinearGradient(0, top, 0, bottom);
        const mid = Math.min(1, Math.max(0, (zero - top) / Math.max(1, bottom - top)));
        g.addColorStop(0, '#1b7837'); g.addColorStop(mid, '#1b7837'); g.addColorStop(mid, '#c51b1b'); g.addColorStop(1, '#c51b1b');
        return g;
      } });
    plotData = [xs, gold];
  }
  const opts = {
    width,
    height: 340,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: { x: { time: true, range: (u, min, max) => [min - step / 2, max + step / 2] }, y: { range: (u, min, max) => [Math.min(0, min), Math.max(1, max) * 1.1] } },
    axes: [{ space: 80, incrs: [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 91 * DAY, 182 * DAY, 364 * DAY], values: (u, splits) => splits.map(toDate) }, { label: metric === 'count' ? 'Events' : 'Goldstein sum', size: 60 }],
    series,
    cursor: { points: { size: 9 } },
  };
  const plot = new uPlot(opts, plotData, chart);
  plot.over.style.cursor = 'pointer';
  plot.over.title = 'Click to list the events of this ' + interval;
  plot.over.addEventListener('click', () => {
    const i = plot.cursor.idx;
    if (i == null) return;
    const from = toDate(xs[i]), to = toDate(xs[i] + step - DAY);
    const p = new URLSearchParams(f);
    p.set('from', from); p.set('to', to);
    go(href('events', p));
  });
  const onResize = () => {
    if (!chart.isConnected) { window.removeEventListener('resize', onResize); return; }
    plot.setSize({ width: Math.max(320, chart.clientWidth), height: 340 });
  };
  window.addEventListener('resize', onResize);

  const sums = QUADS.map((q, i) => quads[i].reduce((a, b) => a + b, 0));
  const goldTotal = gold.reduce((a, b) => a + b, 0);
  root.append(h('p', { class: 'summary', id: 'timeline-summary' },
    `${fmt(total)} dated events from ${buckets[0].period} to ${buckets[buckets.length - 1].period}: `,
    ...QUADS.map((q, i) => h('span', { class: 'chip', style: `border-color:${q.color}` }, `${q.name} ${fmt(sums[i])}`)),
    h('span', { class: 'chip' }, `Goldstein sum ${fmt(Math.round(goldTotal * 10) / 10)}`)));
  return { events: total };
}

function select(name, value, options, params) {
  return h('select', { name, onchange: (e) => {
    const p = new URLSearchParams(params);
    p.set(name, e.target.value);
    go('?' + p.toString(), true);
  } }, ...options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}
