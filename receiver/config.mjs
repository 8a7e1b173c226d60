// @ts-check
// The receiver's settings, read once from the environment. A wrong value stops
// the start with one line naming the variable, never a half-configured server.
import { randomBytes } from 'node:crypto';

/**
 * @typedef {object} ReceiverConfig
 * @property {number} port
 * @property {string} host
 * @property {string} databaseUrl
 * @property {Set<string>} allowedOrigins exact origins, `https://news.example`
 * @property {string} apiToken
 * @property {boolean} tokenGenerated true when no API_TOKEN was given
 * @property {number} retentionDays
 * @property {string | undefined} clientHashKey key of the HMAC over IP and user agent
 * @property {number} rateLimit receipts per second per origin, per instance
 * @property {boolean} trustProxy take the client address from X-Forwarded-For
 */

export class ConfigError extends Error {}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {ReceiverConfig}
 */
export function readConfig(env) {
  /** @param {string} name @param {number} fallback @param {number} min @param {number} max */
  const int = (name, fallback, min, max) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new ConfigError(`${name}=${JSON.stringify(raw)}: expected an integer from ${min} to ${max}`);
    return n;
  };
  const origins = new Set();
  for (const part of (env.ALLOWED_ORIGINS ?? '').split(',')) {
    const value = part.trim();
    if (!value) continue;
    origins.add(parseOrigin(value));
  }
  if (!origins.size)
    throw new ConfigError('ALLOWED_ORIGINS is empty: name the sites that may send receipts, e.g. ALLOWED_ORIGINS=https://news.example');
  const token = env.API_TOKEN ?? '';
  if (token && (token.length < 16 || !/^[\x21-\x7e]+$/.test(token)))
    throw new ConfigError('API_TOKEN: expected at least 16 printable ASCII characters without spaces');
  const hashKey = env.CLIENT_HASH_KEY || undefined;
  if (hashKey && hashKey.length < 32) throw new ConfigError('CLIENT_HASH_KEY: expected at least 32 characters');
  const databaseUrl = env.DATABASE_URL || 'sqlite:./consent-receipts.db';
  if (!/^(sqlite:|postgres:\/\/|postgresql:\/\/)/.test(databaseUrl))
    throw new ConfigError(`DATABASE_URL: expected sqlite:<file> or postgres://…, got ${JSON.stringify(databaseUrl.split(':')[0] + ':')}`);
  return {
    port: int('PORT', 8787, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    allowedOrigins: origins,
    apiToken: token || randomBytes(18).toString('base64url'),
    tokenGenerated: !token,
    retentionDays: int('RETENTION_DAYS', 1825, 1, 36500),
    clientHashKey: hashKey,
    rateLimit: int('RATE_LIMIT', 200, 1, 1_000_000),
    trustProxy: env.TRUST_PROXY === '1',
  };
}

/**
 * `https://news.example` (scheme, host, optional port; nothing else).
 * @param {string} value
 */
export function parseOrigin(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`ALLOWED_ORIGINS: ${JSON.stringify(value)} is not a URL`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value.replace(/\/$/, ''))
    throw new ConfigError(`ALLOWED_ORIGINS: ${JSON.stringify(value)} is not an origin like https://news.example`);
  return url.origin;
}
