// The one reader of request bodies (the HTTP server, its REST routes, the simulators): always
// bounded, because a client that sends more than the bound must not make the process hold it.
import type { Readable } from 'node:stream';

/**
 * A body read whole, or `null` as soon as it goes past `maxBytes`: what came is dropped and the
 * stream paused and no longer read. What to answer then (413, a cut connection) is the caller's.
 */
export function readBoundedBody(body: Readable, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        body.off('data', onData);
        body.pause();
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    body.on('data', onData);
    body.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    body.once('error', reject);
  });
}
