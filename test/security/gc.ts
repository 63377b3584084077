// A full garbage collection from inside a test: vitest's workers do not run with --expose-gc.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Heap and buffers in use after collecting what is unreachable, in bytes. Collects twice, with a
 * pause between for finalizers (streams of answered responses are released by them).
 */
export async function liveBytes(): Promise<{ heap: number; buffers: number }> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
