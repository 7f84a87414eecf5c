/**
 * Rows rejected by the cross-record rules, kept as one bit per row of each dataset, by the row's position
 * among the dataset's records: two million rejected rows cost 250 KB, where a set of their sources cost
 * tens of megabytes on top of the rows themselves.
 */

export class RejectedRows {
  readonly #bits = new Map<string, Uint8Array>();
  #size = 0;

  /** `rowCount(dataset)`: how many rows the dataset has (its bitmap is made on its first rejection). */
  constructor(private readonly rowCount: (dataset: string) => number) {}

  /** Rejects row `index` of the dataset; rejecting a row twice counts it once. */
  add(dataset: string, index: number): void {
    let bits = this.#bits.get(dataset);
    if (bits === undefined) {
      const rows = this.rowCount(dataset);
      this.#bits.set(dataset, (bits = new Uint8Array((rows + 7) >> 3)));
    }
    if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) throw new RangeError(`row ${index} of ${dataset} does not exist`);
    const mask = 1 << (index & 7);
    const byte = bits[index >> 3] ?? 0;
    if ((byte & mask) === 0) {
      bits[index >> 3] = byte | mask;
      this.#size++;
    }
  }

  has(dataset: string, index: number): boolean {
    const bits = this.#bits.get(dataset);
    return bits !== undefined && ((bits[index >> 3] ?? 0) & (1 << (index & 7))) !== 0;
  }

  /** Rejected rows in all. */
  get size(): number {
    return this.#size;
  }

  /** Rejected rows of the dataset at positions start (inclusive) to end (exclusive): one file's share. */
  count(dataset: string, start: number, end: number): number {
    const bits = this.#bits.get(dataset);
    if (bits === undefined) return 0;
    let n = 0;
    for (let i = start; i < end; i++) if (((bits[i >> 3] ?? 0) & (1 << (i & 7))) !== 0) n++;
    return n;
  }

  /** The dataset's rows that are not rejected, in order; the same array when none is. */
  keep<T>(dataset: string, rows: T[]): T[] {
    if (!this.#bits.has(dataset)) return rows;
    return rows.filter((_, i) => !this.has(dataset, i));
  }
}
