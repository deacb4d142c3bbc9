/**
 * A deterministic shuffle, so that the server-rendered fallback, the island and a resumed attempt all
 * show the same order, and so that an ordering question never starts in its right order.
 */

/** A small string hash (FNV-1a, 32 bits) used as the seed. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A permutation of 0…n-1 that depends only on `seed`; for n ≥ 2 it is never the identity. */
export function shuffledIndices(n: number, seed: string): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = hashString(seed) || 1;
  const next = () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  if (n >= 2 && order.every((value, index) => value === index)) order.push(order.shift() as number);
  return order;
}
