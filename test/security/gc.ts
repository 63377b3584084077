// A full garbage collection from inside a test: vitest's workers do not run with --expose-gc.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap and buffers in use after collecting what is unreachable, in bytes. */
export function liveBytes(): { heap: number; buffers: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
