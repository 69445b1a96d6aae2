import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/**
 * Images built on the fly for the ingest tests: structurally distinct pictures from a seed, and
 * hostile files (a PNG that declares a huge canvas) that no image library would write for us.
 */

/** A small deterministic generator (mulberry32); tests need the same pixels on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A size×size PNG of 6×6 random coloured blocks: unrelated to any other seed's picture. */
export async function blockImage(seed: number, size = 128): Promise<Buffer> {
  const next = random(seed);
  const blocks = 6;
  const pixels = Buffer.alloc(blocks * blocks * 3);
  for (let index = 0; index < pixels.length; index++) pixels[index] = Math.floor(next() * 256);
  return sharp(pixels, { raw: { width: blocks, height: blocks, channels: 3 } })
    .resize(size, size, { kernel: 'nearest' })
    .png()
    .toBuffer();
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid-looking PNG of a few dozen bytes whose header declares width×height 8-bit RGB pixels: a
 * decompression bomb as far as any decoder that trusts the header is concerned.
 */
export function bombPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
