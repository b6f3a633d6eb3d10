// QuadClasses and colours shared by the views.

export const QUADS = [
  { n: 1, name: 'Verbal cooperation', short: 'Verbal coop.', color: '#5aae61' },
  { n: 2, name: 'Material cooperation', short: 'Material coop.', color: '#1b7837' },
  { n: 3, name: 'Verbal conflict', short: 'Verbal conflict', color: '#f4a442' },
  { n: 4, name: 'Material conflict', short: 'Material conflict', color: '#c51b1b' },
];

export function quadName(q) {
  const d = QUADS[q - 1];
  return d ? d.name : 'QuadClass ' + q;
}

// conflictColor colours a share of conflict (0 = all cooperation, 1 = all
// conflict) from green through grey to red.
export function conflictColor(share) {
  const s = Math.max(0, Math.min(1, share));
  const green = [27, 120, 55], grey = [150, 150, 150], red = [197, 27, 27];
  const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));
  const c = s < 0.5 ? mix(green, grey, s * 2) : mix(grey, red, (s - 0.5) * 2);
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

// conflictShare is the share of a bucket's events that are conflict.
export function conflictShare(quads) {
  const coop = quads[0] + quads[1], conf = quads[2] + quads[3];
  return coop + conf === 0 ? 0.5 : conf / (coop + conf);
}

// fmt formats a number for display (Goldstein sums keep one decimal).
export function fmt(x) {
  return Number.isInteger(x) ? x.toLocaleString('en') : x.toLocaleString('en', { maximumFractionDigits: 1 });
}
