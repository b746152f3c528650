/**
 * Passwords and session tokens (docs/social.md, "Accounts and sessions").
 *
 * A token is `v1.<user>.<expires_ms>.<sig>`, sig = HMAC-SHA256 over the rest
 * keyed by the cluster secret, so every server of the cluster checks it
 * without shared session state.
 */
import { createHmac, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { ErrorCode } from "../core/codec.js";
import { reject } from "./errors.js";

export const NAME_PATTERN = /^[a-z0-9_]{1,32}$/;
/** The operators' pseudo-user: not a valid name, so no account can ever hold it. */
export const CONTROL_USER = "@control";

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
/** About 50 ms per hash on a laptop core: slow for guessing, fine for logins. */
export const DEFAULT_SCRYPT: ScryptCost = { N: 16384, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // The async form runs on libuv's pool, so the event loop keeps serving meanwhile.
  return new Promise((resolve, reject_) =>
    scrypt(password, salt, KEY_BYTES, { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 }, (err, key) =>
      err ? reject_(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, "base64");
  const key = await derive(password, Buffer.from(salt, "base64"), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

const TOKEN_PATTERN = /^v1\.([^.]+)\.(\d{1,16})\.([A-Za-z0-9_-]+)$/;
const CACHE_LIMIT = 10_000;

export class TokenSigner {
  // Checking an HMAC per request shows up in profiles; a token's signature never changes.
  private readonly verified = new Map<string, { user: string; expiresMs: number }>();

  constructor(
    private readonly secret: Buffer,
    readonly ttlMs: number,
  ) {}

  issue(user: string, nowMs: number): { token: string; expiresMs: number } {
    const expiresMs = Math.floor(nowMs) + this.ttlMs;
    const payload = `v1.${user}.${expiresMs}`;
    return { token: `${payload}.${this.sign(payload)}`, expiresMs };
  }

  /** The token's user; throws BAD_TOKEN (forged, malformed) or TOKEN_EXPIRED. */
  verify(token: string, nowMs: number): string {
    let entry = this.verified.get(token);
    if (entry === undefined) {
      const m = TOKEN_PATTERN.exec(token);
      if (m === null) return reject(ErrorCode.ERROR_CODE_BAD_TOKEN, "malformed token");
      const [, user, expires, sig] = m as unknown as [string, string, string, string];
      const good = Buffer.from(this.sign(`v1.${user}.${expires}`));
      const given = Buffer.from(sig);
      if (good.length !== given.length || !timingSafeEqual(good, given)) {
        return reject(ErrorCode.ERROR_CODE_BAD_TOKEN, "token signature does not match");
      }
      if (user !== CONTROL_USER && !NAME_PATTERN.test(user)) return reject(ErrorCode.ERROR_CODE_BAD_TOKEN, "bad user in token");
      entry = { user, expiresMs: Number(expires) };
      if (this.verified.size >= CACHE_LIMIT) this.verified.clear();
      this.verified.set(token, entry);
    }
    if (nowMs >= entry.expiresMs) return reject(ErrorCode.ERROR_CODE_TOKEN_EXPIRED, "token expired; log in again");
    return entry.user;
  }

  private sign(payload: string): string {
    return createHmac("sha256", this.secret).update(payload).digest("base64url");
  }
}

/** A secret for a server run alone: its tokens are good on this server only. */
export function randomSecret(): Buffer {
  return randomBytes(32);
}
