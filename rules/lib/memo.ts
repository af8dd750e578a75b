// A bounded cache for the text readers rules share (依据, 时限): a catalog column repeats a
// handful of wordings across thousands of rows, so each distinct text is read once. A long
// run lints thousands of files in one process, hence the bound; the key must hold everything
// the answer depends on, and a cached answer is shared, so callers must not modify it.
export class TextMemo<V> {
  private readonly map = new Map<string, V>();
  /** Characters held in keys: the bound is on memory, not only on entries (a cell holds up to 32,767). */
  private chars = 0;

  constructor(
    private readonly max = 5000,
    private readonly maxChars = 2_000_000,
  ) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores value and returns it. */
  set(key: string, value: V): V {
    // Clearing all at once is cheap and keeps the common case (few distinct texts) exact.
    if (this.map.size >= this.max || this.chars + key.length > this.maxChars) {
      this.map.clear();
      this.chars = 0;
    }
    this.map.set(key, value);
    this.chars += key.length;
    return value;
  }
}
