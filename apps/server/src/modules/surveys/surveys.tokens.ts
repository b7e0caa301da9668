import { createHash, randomBytes } from 'node:crypto';

/*
 * Secrets of the survey links and the kiosk: 256 random bits as base64url (43 characters). Only a
 * SHA-256 of a token is kept, so the database (or a memory dump) cannot give a working link back.
 */

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const newToken = () => randomBytes(32).toString('base64url');

/** The stored form of a token. */
export const hashToken = (token: string) =>
  createHash('sha256').update(`lotsa-survey:${token}`).digest('hex');

/** A token of any other shape is not looked up at all (answered as unknown). */
export const isTokenShaped = (token: string) => TOKEN_SHAPE.test(token);
