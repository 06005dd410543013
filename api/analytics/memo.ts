/**
 * Work shared by the fields of one request. The Overview asks `equity` and `equitySensitivity`
 * side by side, and both rest on the same resource totals, need figures, disclosure facts and
 * sensitivity grid: each is computed once per request and key, then reused. A memo lives exactly
 * as long as its request, so nothing outlives the caller's permissions or a write.
 */
export class RequestMemo {
  private readonly entries = new Map<string, Promise<unknown>>();

  /** The value under `key`, computing it on first use; a failure is not kept. */
  once<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found) return found as Promise<T>;
    const promise = compute();
    this.entries.set(key, promise);
    promise.catch(() => this.entries.delete(key));
    return promise;
  }
}

/** Runs `compute` once per memo and key, or every time when there is no memo. */
export function memoized<T>(
  memo: RequestMemo | undefined,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  return memo ? memo.once(key, compute) : compute();
}
