// A cheap "certainly not one of these words" test, read from three characters and the length:
// looking a fresh string up in a Set or Map hashes all of it first, and most words of a sentence
// are in none of the small word lists the extractor keeps. Never says no to a listed word.

const SIZE = 1 << 16;

function fingerprint(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  return (((word.charCodeAt(0) * 31 + word.charCodeAt(n - 1)) * 31 + word.charCodeAt(n >> 1)) * 31 + n) & (SIZE - 1);
}

/** The sieve of a list of words. */
export function sieveOf(words: Iterable<string>): Uint8Array {
  const sieve = new Uint8Array(SIZE);
  for (const word of words) sieve[fingerprint(word)] = 1;
  return sieve;
}

/** false: `word` is certainly not in the list the sieve was made of; true: it may be. */
export function mayHold(sieve: Uint8Array, word: string): boolean {
  return sieve[fingerprint(word)] === 1;
}
