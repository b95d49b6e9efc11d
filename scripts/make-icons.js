#!/usr/bin/env node
// Writes assets/icon-{16,32,64,80,128}.png: a red rounded tile with a white "¥".
// Drawn with signed-distance shapes and 4x4 supersampling, encoded with node's zlib only,
// so the icons can be regenerated on any machine without image tools.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const TILE = [183, 28, 28]; // deep red, reads as "official" on the Office ribbon
const GLYPH = [255, 255, 255];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** rgba: Uint8Array of size*size*4, rows top to bottom. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0])); // filter: none
    rows.push(Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1, y down).
function insideRoundedSquare(x, y) {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

const YEN_STROKES = [
  [[0.3, 0.2], [0.5, 0.48]],
  [[0.7, 0.2], [0.5, 0.48]],
  [[0.5, 0.48], [0.5, 0.82]],
  [[0.32, 0.55], [0.68, 0.55]],
  [[0.32, 0.68], [0.68, 0.68]],
];

function insideYen(x, y, strokeHalfWidth) {
  return YEN_STROKES.some(([a, b]) => distanceToSegment(x, y, a, b) <= strokeHalfWidth);
}

function drawIcon(size) {
  const samples = 4;
  // Small icons need relatively thicker strokes to stay legible.
  const halfWidth = size <= 16 ? 0.075 : size <= 32 ? 0.06 : 0.05;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (insideRoundedSquare(x, y)) {
            tile++;
            if (insideYen(x, y, halfWidth)) glyph++;
          }
        }
      }
      const n = samples * samples;
      const g = tile ? glyph / tile : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(TILE[c] * (1 - g) + GLYPH[c] * g);
      rgba[i + 3] = Math.round((255 * tile) / n);
    }
  }
  return encodePng(size, rgba);
}

function main() {
  const outDir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
module.exports = { drawIcon, SIZES };
