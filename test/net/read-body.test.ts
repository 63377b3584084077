// The one bounded body reader: the whole body within the bound, null past it with the stream left
// paused and unread, and a stream's error passed on.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBoundedBody } from '../../src/net/read-body.js';

describe('readBoundedBody', () => {
  it('returns the whole body, up to exactly the bound', async () => {
    const body = await readBoundedBody(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 4);
    expect(body?.toString('utf8')).toBe('abcd');
    expect((await readBoundedBody(Readable.from([]), 4))?.length).toBe(0);
  });

  it('returns null once the body goes past the bound, and reads no further', async () => {
    const stream = new PassThrough();
    const reading = readBoundedBody(stream, 4);
    stream.write(Buffer.from('abc'));
    stream.write(Buffer.from('de'));
    expect(await reading).toBeNull();
    expect(stream.isPaused()).toBe(true);
    expect(stream.listenerCount('data')).toBe(0);
    stream.write(Buffer.from('more'));
    expect(stream.readableLength).toBe(4);
  });

  it("rejects with the stream's error", async () => {
    const stream = new PassThrough();
    const reading = readBoundedBody(stream, 4);
    stream.destroy(new Error('connection reset'));
    await expect(reading).rejects.toThrow('connection reset');
  });
});
