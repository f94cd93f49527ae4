// Draws the app icons in public/ (a white "M" on the theme green) with no dependency: `node scripts/make-icons.mjs`.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const GREEN = [0x0f, 0x51, 0x32];
// The "M", in units of the icon's side; it stays inside the maskable safe circle (radius 0.4).
const M = [
  [0.22, 0.75],
  [0.22, 0.25],
  [0.34, 0.25],
  [0.5, 0.5],
  [0.66, 0.25],
  [0.78, 0.25],
  [0.78, 0.75],
  [0.67, 0.75],
  [0.67, 0.44],
  [0.5, 0.68],
  [0.33, 0.44],
  [0.33, 0.75],
];

function inside(x, y) {
  let hit = false;
  for (let i = 0, j = M.length - 1; i < M.length; j = i++) {
    const [xi, yi] = M[i];
    const [xj, yj] = M[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (inside((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size)) covered++;
        }
      }
      const alpha = covered / (samples * samples);
      const offset = y * (size * 3 + 1) + 1 + x * 3;
      for (let c = 0; c < 3; c++) raw[offset + c] = Math.round(GREEN[c] * (1 - alpha) + 255 * alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const [name, size] of [
  ["icon-192.png", 192],
  ["icon-512.png", 512],
  ["apple-touch-icon.png", 180],
]) {
  writeFileSync(new URL(`../public/${name}`, import.meta.url), png(size));
}
const points = M.map(([x, y]) => `${x * 100},${y * 100}`).join(" ");
const hex = `#${GREEN.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
writeFileSync(
  new URL("../public/icon.svg", import.meta.url),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="${hex}"/><polygon points="${points}" fill="#fff"/></svg>\n`,
);
