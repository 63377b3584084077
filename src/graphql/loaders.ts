// Per-request batching: every load of one batch made while GraphQL resolves a level of the
// response is answered by one call of its fetch function (one SQL statement), so list fields
// never turn into one query per row.

type BatchFetch<V> = (ids: number[]) => Promise<Map<number, V>>;

export class IdBatch<V> {
  private queue: number[] | null = null;
  private pending: Promise<Map<number, V>> | null = null;
  private readonly results = new Map<number, Promise<V | undefined>>();

  constructor(private readonly fetch: BatchFetch<V>) {}

  load(id: number): Promise<V | undefined> {
    const known = this.results.get(id);
    if (known) return known;
    if (!this.queue || !this.pending) {
      const queue: number[] = [];
      this.queue = queue;
      // setImmediate runs after every promise continuation already queued: siblings resolved
      // from one batched parent all get into the same batch.
      this.pending = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.queue = null;
        return this.fetch(queue);
      });
    }
    this.queue.push(id);
    const result = this.pending.then((values) => values.get(id));
    this.results.set(id, result);
    return result;
  }
}

export class RequestLoaders {
  private readonly batches = new Map<string, IdBatch<unknown>>();

  /** The batch named `key` for this request, created with `fetch` on first use. */
  batch<V>(key: string, fetch: BatchFetch<V>): IdBatch<V> {
    let batch = this.batches.get(key) as IdBatch<V> | undefined;
    if (!batch) {
      batch = new IdBatch(fetch);
      this.batches.set(key, batch);
    }
    return batch;
  }
}
