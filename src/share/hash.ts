// Recognising a share link is cheap and needs none of the packing code: the board
// asks this first and loads src/share/pack.ts only for a real share link.
export const SHARE_PARAM = 'share';

/** Whether a location hash (with or without `#`) is a share link at all. */
export function isShareHash(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${SHARE_PARAM}=`);
}
