// What an index keeps between searches until it next changes, the least recently used dropped
// first once `max` are kept.
export class Recent<V> {
  private kept = new Map<string, V>();

  constructor(private readonly max: number) {}

  /** The value kept under `key`, made by `make` when missing. */
  get(key: string, make: () => V): V {
    let value = this.kept.get(key);
    if (value === undefined) {
      value = make();
      if (this.kept.size >= this.max) this.kept.delete(this.kept.keys().next().value!);
    } else {
      this.kept.delete(key);
    }
    this.kept.set(key, value);
    return value;
  }

  clear() {
    this.kept.clear();
  }
}
