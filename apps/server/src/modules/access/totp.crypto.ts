// TOTP secrets at rest and recovery codes (decision 0012). Pure apart from node:crypto's randomness.
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import { normaliseRecoveryCode, RECOVERY_CODE_ALPHABET, RECOVERY_CODE_LENGTH } from '@lotsa/contracts';
import { problem } from '../../lib/errors.ts';

/**
 * `LOTSA_TOTP_KEY` read: 32 bytes as base64 or 64 hex digits. Answers null when unset (the secret is then
 * kept unencrypted, though never shown again after enrolment; README, Configuration).
 */
export function readTotpKey(value: string | undefined): Buffer | null {
  if (!value) return null;
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error('LOTSA_TOTP_KEY must be 32 bytes: 64 hex digits or base64');
  return key;
}

/**
 * The stored form of a secret: `v1.<iv>.<tag>.<ciphertext>` (AES-256-GCM, the user's id as associated
 * data, so a row copied onto another account does not open), or `plain.<base32>` without a key.
 */
export function sealSecret(base32: string, userId: string, key: Buffer | null): string {
  if (!key) return `plain.${base32}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(userId));
  const data = Buffer.concat([cipher.update(base32, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function openSecret(stored: string, userId: string, key: Buffer | null): string {
  const [kind, ...parts] = stored.split('.');
  if (kind === 'plain' && parts[0]) return parts[0];
  if (kind !== 'v1' || parts.length !== 3) throw new Error('unreadable TOTP secret');
  if (!key) throw problem(500, 'totp_key_missing');
  const [iv, tag, data] = parts.map((p) => Buffer.from(p, 'base64url')) as [Buffer, Buffer, Buffer];
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

export const RECOVERY_CODE_COUNT = 10;

/** Ten codes of ten characters from a 31-letter alphabet (about 50 bits each), shown as `abcde-fghjk`. */
export function makeRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = '';
    for (let i = 0; i < RECOVERY_CODE_LENGTH; i++)
      code += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/**
 * What is kept of a recovery code: SHA-256 of its normalised form. The codes are random with ~50 bits,
 * tried at most five times per 15 minutes, so a slow password hash would add nothing but seconds.
 */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
}
