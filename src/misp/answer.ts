/**
 * What one MISP answer means: the JSON of a success, a fault another attempt might not meet
 * (5xx, 429, cut JSON, no answer), or a final MispError in a MISP admin's words (errors.ts).
 */
import { errorFromResponse, MispRateLimitError, MispServerError, MispUnexpectedResponseError, type MispError, type MispErrorDetails } from './errors.js';
import { rateLimitResetMs, type AttemptOutcome } from '../net/retry.js';
import type { MispErrorBody } from './types.js';

/** MISP's answer to one attempt, read whole. */
export interface MispAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A failure worth another attempt; `waitAtLeastMs` carries the server's rate-limit hint. */
export class TransientFault {
  constructor(
    readonly reason: string,
    readonly final: (attempts: number) => MispError,
    readonly waitAtLeastMs = 0,
  ) {}
}

/** What attempt number `attempt` came to; a final error answer (4xx) is thrown. */
export function outcomeOf(answer: MispAnswer, details: MispErrorDetails, attempt: number): AttemptOutcome<unknown, TransientFault> {
  const parsed = parseJson(answer.text);
  if (answer.status >= 200 && answer.status < 300) {
    return parsed.ok ? { done: true, value: parsed.value } : retry(incompleteJson(answer, details));
  }
  const body = parsed.ok && isObject(parsed.value) ? (parsed.value as MispErrorBody) : undefined;
  const fault = faultOfStatus(answer, details, body);
  if (fault) return retry(fault);
  throw errorFromResponse({ ...details, body, attempts: attempt, status: answer.status });
}

/** The outcome that asks for another attempt, no sooner than the fault allows. */
export function retry(fault: TransientFault): AttemptOutcome<never, TransientFault> {
  return { done: false, failure: fault, waitAtLeastMs: fault.waitAtLeastMs };
}

/** A success whose body is cut or not JSON: a proxy or MISP dropped it mid-way, worth another try. */
function incompleteJson(answer: MispAnswer, details: MispErrorDetails): TransientFault {
  const { status } = answer;
  const reason = `the ${status} answer is not complete JSON (${answer.text.length} bytes)`;
  return new TransientFault(reason, (attempts) => new MispUnexpectedResponseError({ ...details, status, attempts, reason }));
}

/** 429 and 5xx are retried (429 no sooner than MISP's reset); any other status is final. */
function faultOfStatus(answer: MispAnswer, details: MispErrorDetails, body: MispErrorBody | undefined): TransientFault | undefined {
  const { status } = answer;
  if (status === 429) {
    return new TransientFault('rate limited', (attempts) => new MispRateLimitError({ ...details, status, body, attempts }), rateLimitResetMs(answer.headers['x-rate-limit-reset']));
  }
  if (status >= 500) return new TransientFault(`HTTP ${status}`, (attempts) => new MispServerError({ ...details, status, body, attempts }));
  return undefined;
}

export function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
