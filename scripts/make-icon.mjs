// Draws images/icon.png (128x128): a letter page with text lines and a check mark, on a teal tile.
// Plain pixel arithmetic and zlib, so no image tool is needed.
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

const N = 128;
const px = new Uint8Array(N * N * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= N || y >= N) return;
  const i = (y * N + x) * 4;
  const t = a / 255;
  px[i] = Math.round(px[i] * (1 - t) + r * t);
  px[i + 1] = Math.round(px[i + 1] * (1 - t) + g * t);
  px[i + 2] = Math.round(px[i + 2] * (1 - t) + b * t);
  px[i + 3] = Math.max(px[i + 3], a);
};
const inRounded = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
for (let y = 0; y < N; y++) {
  for (let x = 0; x < N; x++) {
    if (inRounded(x + 0.5, y + 0.5, 4, 4, 124, 124, 22)) set(x, y, [20, 110, 120]);
    if (inRounded(x + 0.5, y + 0.5, 30, 18, 98, 110, 6)) set(x, y, [250, 250, 247]);
  }
}
const bar = (x0, x1, y0, color) => {
  for (let y = y0; y < y0 + 5; y++) for (let x = x0; x < x1; x++) set(x, y, color);
};
bar(40, 88, 32, [20, 110, 120]);
bar(40, 80, 44, [150, 160, 165]);
bar(40, 84, 54, [150, 160, 165]);
bar(40, 72, 64, [150, 160, 165]);
// The check mark: two thick strokes.
const stroke = (ax, ay, bx, by, w, color) => {
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
      const d = Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
      if (d <= w) set(x, y, color);
    }
  }
};
stroke(52, 86, 64, 98, 5, [46, 160, 67]);
stroke(64, 98, 88, 74, 5, [46, 160, 67]);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  Buffer.from(px.buffer, y * N * 4, N * 4).copy(raw, y * (N * 4 + 1) + 1);
}
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
fs.writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log('images/icon.png written');
