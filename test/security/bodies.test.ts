// Finding 4: bodies up to Yoga's 25 MB default were read before authentication: 12 anonymous
// 24 MB bodies took the process from 250 to 714 MB. Now a body is read only up to 256 KB, before
// anything parses it or looks at the token; a declared larger one is refused unread.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveBytes, mb } from './gc.js';
import { healthWhile, raw, securityWorld, type SecurityWorld } from './harness.js';

const BODY = 24 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);

/**
 * Sends a 24 MB body to /graphql without a token, as fast as the server takes it, and resolves
 * with the status line the server answered (or 'closed' if it closed without one).
 */
function hugeBody(port: number, chunked: boolean): Promise<{ status: string; sent: number }> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let sent = 0;
    let answer = '';
    const head = chunked ? 'transfer-encoding: chunked' : `content-length: ${BODY}`;
    socket.on('connect', () => {
      socket.write(`POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n${head}\r\n\r\n`);
      const pump = () => {
        while (sent < BODY && !socket.destroyed) {
          const piece = chunked ? Buffer.concat([Buffer.from(`${CHUNK.length.toString(16)}\r\n`), CHUNK, Buffer.from('\r\n')]) : CHUNK;
          sent += CHUNK.length;
          if (!socket.write(piece)) return void socket.once('drain', pump);
        }
      };
      pump();
    });
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ status: answer.split('\r\n')[0] || 'closed', sent }));
  });
}

describe('request bodies', () => {
  let w: SecurityWorld;

  beforeAll(async () => {
    w = await securityWorld({ GRAPHQL_ALLOW_ANONYMOUS: 'true' });
  });
  afterAll(() => w?.close());

  it('refuses twelve anonymous 24 MB bodies unread, declared or chunked, holding no memory for them', async () => {
    const before = await liveBytes();
    const load = Promise.all(Array.from({ length: 12 }, (_, i) => hugeBody(w.port, i % 2 === 1)));
    const health = await healthWhile(w.port, load);
    const answers = await load;
    const after = await liveBytes();
    for (const a of answers) expect(a.status).toMatch(/^HTTP\/1\.1 413|^closed$/);
    expect(answers.filter((a) => a.status.includes('413')).length).toBeGreaterThanOrEqual(6);
    const sent = answers.reduce((n, a) => n + a.sent, 0);
    console.log(
      `[bodies] 12 anonymous 24 MB bodies (6 declared, 6 chunked): ${answers.filter((a) => a.status.includes('413')).length} answered 413, ` +
        `${mb(sent)} MB written by the clients before the server closed; live heap ${mb(before.heap)} -> ${mb(after.heap)} MB, buffers ${mb(before.buffers)} -> ${mb(after.buffers)} MB ` +
        `(was 250 -> 714 MB RSS); /health meanwhile max ${health.max.toFixed(1)} ms, median ${health.median.toFixed(1)} ms (${health.samples} samples)`,
    );
    // Wide: 12 bodies read whole would be 288 MB.
    expect(after.heap + after.buffers - before.heap - before.buffers).toBeLessThan(32 * 1024 * 1024);
  });

  it('says what to do about a body over 256 KB, before looking at the token', async () => {
    const big = JSON.stringify({ query: `{ organizations { alias } } # ${'x'.repeat(300 * 1024)}` });
    const res = await raw(w.port, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer mtc_not-a-token' }, body: big });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).errors[0].message).toMatch(/larger than 256 KB/);
    const fits = JSON.stringify({ query: `{ organizations { alias } } # ${'x'.repeat(200 * 1024)}` });
    const ok = await raw(w.port, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${w.api.readerToken}` }, body: fits });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text).data.organizations).toHaveLength(2);
  });
});
