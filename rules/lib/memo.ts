// A bounded cache for the text readers rules share (依据, 时限): a catalog column repeats a
// handful of wordings across thousands of rows, so each distinct text is read once. A long
// run lints thousands of files in one process, hence the bound; the key must hold everything
// the answer depends on, and a cached answer is shared, so callers must not modify it.
export class TextMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly max = 5000) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores value and returns it. */
  set(key: string, value: V): V {
    // Clearing all at once is cheap and keeps the common case (few distinct texts) exact.
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
