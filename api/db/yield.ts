/**
 * Hands the event loop back before going on. PGlite answers queries through promises alone, so a
 * chain of them never lets timers or sockets run: a long job on the embedded database calls this
 * between its batches so that the HTTP requests waiting meanwhile are served.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
