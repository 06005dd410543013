/** Times the named steps of an import and hands each duration to the caller. */
import type { ImportStep } from './request';

export function stepTimer(
  onStep: ((step: ImportStep) => void) | undefined,
): <T>(name: string, work: () => Promise<T>) => Promise<T> {
  return async (name, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      onStep?.({ name, seconds: (performance.now() - start) / 1000 });
    }
  };
}
