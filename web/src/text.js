// Evidence offsets from the API are byte offsets into the article's UTF-8
// text, while JavaScript strings index UTF-16 code units: "Erdoğan’s" is 9
// characters but 12 bytes. segments() cuts the text at the spans' byte
// offsets on the encoded bytes and decodes each piece, so highlights land
// on the right characters whatever the script.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// segments splits text into consecutive pieces at every span boundary.
// spans are {start, end, ...} in bytes; each piece is {text, start, end,
// spans} where spans lists the spans covering the piece. Offsets outside
// the text are clamped; an offset inside a multi-byte character is moved
// back to the character's start (and reported in badOffsets).
export function segments(text, spans) {
  const bytes = encoder.encode(text);
  const n = bytes.length;
  const bad = [];
  const snap = (o) => {
    let x = Math.max(0, Math.min(n, o | 0));
    if (x !== o) bad.push(o);
    let moved = false;
    while (x > 0 && x < n && (bytes[x] & 0xc0) === 0x80) { x--; moved = true; }
    if (moved) bad.push(o);
    return x;
  };
  const fixed = [];
  for (const s of spans) {
    const start = snap(s.start), end = snap(s.end);
    if (end > start) fixed.push({ ...s, start, end });
  }
  const cuts = new Set([0, n]);
  for (const s of fixed) { cuts.add(s.start); cuts.add(s.end); }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i], b = sorted[i + 1];
    out.push({
      text: decoder.decode(bytes.subarray(a, b)),
      start: a,
      end: b,
      spans: fixed.filter((s) => s.start <= a && s.end >= b),
    });
  }
  out.badOffsets = bad;
  return out;
}

// byteSlice returns the text between two byte offsets.
export function byteSlice(text, start, end) {
  return decoder.decode(encoder.encode(text).subarray(start, end));
}
