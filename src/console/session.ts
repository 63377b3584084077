// Who the console is talking as: the token's owner and role, asked of the API once per token.
import { ApiError, request, tokenStore } from './api.js';
import { ViewerDocument } from './documents.js';

export interface Session {
  /** null: no token, and the service lets anonymous requests read. */
  name: string | null;
  role: 'ADMIN' | 'READER' | null;
  isAdmin: boolean;
}

export type SessionResult = { ok: true; session: Session } | { ok: false; reason: 'no-token' | 'refused'; message: string };

export async function openSession(): Promise<SessionResult> {
  const hasToken = tokenStore.get() !== null;
  try {
    const { viewer } = await request(ViewerDocument);
    return { ok: true, session: { name: viewer?.name ?? null, role: viewer?.role ?? null, isAdmin: viewer?.role === 'ADMIN' } };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      return { ok: false, reason: hasToken ? 'refused' : 'no-token', message: error.message };
    }
    throw error;
  }
}
