import { randomBytes } from 'node:crypto';
import { ZRecoveryCode } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, makeRecoveryCodes, openSecret, readTotpKey, sealSecret } from './totp.crypto.ts';

const userId = '5b1f0f5e-0000-4000-8000-000000000001';

describe('TOTP secrets at rest', () => {
  it('seals with AES-256-GCM bound to the user, and opens only for that user and key', () => {
    const key = randomBytes(32);
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', userId, key);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, userId, key)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openSecret(sealed, '5b1f0f5e-0000-4000-8000-000000000002', key)).toThrow();
    expect(() => openSecret(sealed, userId, randomBytes(32))).toThrow();
    expect(() => openSecret(sealed, userId, null)).toThrow();
  });

  it('keeps the secret as it is without a key, and reads the key as hex or base64 of 32 bytes', () => {
    expect(openSecret(sealSecret('ABC', userId, null), userId, null)).toBe('ABC');
    expect(readTotpKey(undefined)).toBeNull();
    expect(readTotpKey('ab'.repeat(32))?.length).toBe(32);
    expect(readTotpKey(randomBytes(32).toString('base64'))?.length).toBe(32);
    expect(() => readTotpKey('short')).toThrow(/32 bytes/);
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes the contract accepts, hashed the same however they are typed', () => {
    const codes = makeRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(ZRecoveryCode.safeParse(c).success).toBe(true);
    const c = codes[0]!;
    expect(hashRecoveryCode(c.toUpperCase().replace('-', ' '))).toBe(hashRecoveryCode(c));
    expect(hashRecoveryCode(c)).not.toContain(c.slice(0, 5));
  });
});
