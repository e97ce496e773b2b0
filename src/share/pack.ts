// One deal packed into a link's fragment (after `#`, which browsers never send to
// a server): `#share=v1.<base64url of deflate-raw(JSON)>`. Loaded with import()
// only when a rep shares a deal or opens such a link.
import { checkDeal, type Deal } from '../deals/schema';
import { SHARE_PARAM } from './hash';

export const SHARE_VERSION = 1;
/** The longest fragment accepted, in characters: 8 KB, well within every browser's URL limit. */
export const MAX_FRAGMENT_CHARS = 8192;
/** The most a fragment may inflate to: guards against a small link that unpacks to a huge text. */
export const MAX_JSON_BYTES = 256 * 1024;

export type ShareError = 'damaged' | 'too-large' | 'newer' | 'invalid';
export type Unpacked = { ok: true; deal: Deal } | { ok: false; error: ShareError; detail?: string };
export type Packed = { ok: true; fragment: string } | { ok: false; error: 'too-large' };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The fragment (without `#`) that carries this deal, or too-large past MAX_FRAGMENT_CHARS. */
export async function packDeal(deal: Deal): Promise<Packed> {
  const json = new TextEncoder().encode(JSON.stringify(deal));
  const compressed = await transform(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  const fragment = `${SHARE_PARAM}=v${SHARE_VERSION}.${toBase64Url(compressed)}`;
  return fragment.length > MAX_FRAGMENT_CHARS ? { ok: false, error: 'too-large' } : { ok: true, fragment };
}

/** The deal a fragment carries, checked against the deal schema; never throws. */
export async function unpackDeal(hash: string): Promise<Unpacked> {
  const fragment = hash.replace(/^#/, '');
  if (fragment.length > MAX_FRAGMENT_CHARS) return { ok: false, error: 'too-large' };
  const match = /^share=v(\d{1,6})\.(.*)$/s.exec(fragment);
  if (!match) return { ok: false, error: 'damaged' };
  const version = Number(match[1]);
  if (version > SHARE_VERSION) return { ok: false, error: 'newer' };
  if (version !== SHARE_VERSION) return { ok: false, error: 'damaged' };
  const bytes = fromBase64Url(match[2] ?? '');
  if (!bytes || bytes.length === 0) return { ok: false, error: 'damaged' };
  let text: string;
  try {
    const raw = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch (error) {
    return { ok: false, error: error instanceof RangeError ? 'too-large' : 'damaged' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'damaged' };
  }
  const check = checkDeal(parsed);
  if (!check.ok) return { ok: false, error: 'invalid', detail: `${check.path}: ${check.message}` };
  return { ok: true, deal: check.deal };
}
