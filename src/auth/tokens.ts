// API tokens for the GraphQL API. Only a SHA-256 of each token is stored; the token itself is
// shown once, when created.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client.js';
import type { TokenRole } from '../generated/prisma/enums.js';
import { InvalidInputError, NotFoundError } from '../errors.js';

export const TOKEN_PREFIX = 'mtc_';
/** lastUsedAt is refreshed at most this often, so reads do not turn into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createToken(prisma: Db, name: string, role: TokenRole, expiresAt: Date | null = null) {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100) {
    throw new InvalidInputError('Give the token a name of 1 to 100 characters, e.g. "grafana" or "alice".', 'name');
  }
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const record = await prisma.apiToken.create({
    data: { name: trimmed, role, tokenHash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6), expiresAt },
  });
  return { token, record };
}

export interface Viewer {
  tokenId: number;
  role: TokenRole;
  name: string;
}

/** The token's owner, or null for an unknown, revoked or expired token. */
export async function verifyToken(prisma: Db, token: string, now = new Date()): Promise<Viewer | null> {
  const record = await prisma.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!record || record.revokedAt || (record.expiresAt && record.expiresAt <= now)) return null;
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: record.id, role: record.role, name: record.name };
}

/** Why verifyToken refused a token, in words for its holder. */
export async function tokenRefusal(prisma: Db, token: string, now = new Date()): Promise<string> {
  const record = await prisma.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  const renew = 'Ask an admin for a new one (`misp-topcontrib token create`).';
  if (record?.revokedAt) return `The API token "${record.name}" was revoked on ${record.revokedAt.toISOString()}. ${renew}`;
  if (record?.expiresAt && record.expiresAt <= now) return `The API token "${record.name}" expired on ${record.expiresAt.toISOString()}. ${renew}`;
  return `The API token is unknown. ${renew}`;
}

export async function revokeToken(prisma: Db, id: number) {
  const record = await prisma.apiToken.findUnique({ where: { id } });
  if (!record) throw new NotFoundError(`No token has id ${id}. List them with \`misp-topcontrib token list\`.`);
  if (record.revokedAt) return record;
  return prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
}

export async function listTokens(prisma: Db) {
  return prisma.apiToken.findMany({ orderBy: { id: 'asc' } });
}
