// Reads a subscription's server-sent events as Yoga streams them (`event: next` with a `data:`
// line, then `event: complete`), one payload at a time, so a test can act between events.

export interface SseEvents<T> {
  /** The next `next` event's payload, or null once the stream completes or ends. */
  next(): Promise<T | null>;
  /** Stops reading; the caller aborts the request if it holds one. */
  cancel(): Promise<void>;
}

export function sseEvents<T>(response: Response): SseEvents<T> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next() {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (event.startsWith('event: complete')) return null;
          const data = event.split('\n').find((l) => l.startsWith('data:'));
          if (event.startsWith('event: next') && data) return JSON.parse(data.slice(5)) as T;
          continue;
        }
        const chunk = await reader.read();
        if (chunk.done) return null;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    async cancel() {
      await reader.cancel().catch(() => undefined);
    },
  };
}
