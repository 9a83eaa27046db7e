/**
 * Runs tasks one after another per key, inside this process. Each key holds only the tail of its queue,
 * and the key is removed when its last task ends, so memory follows the number of busy keys, not all keys.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` after every earlier task of the same key has settled; a failing task does not block the next. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Number of keys with a running or waiting task (for tests and metrics). */
  get busyKeys(): number {
    return this.tails.size;
  }
}
