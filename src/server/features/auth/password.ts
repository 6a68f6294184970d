// Password hashing: argon2id with the library's defaults (19 MiB, 2 passes, the OWASP minimum).
import { hash, verify } from '@node-rs/argon2';

// The library's Algorithm enum is an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2;

export const hashPassword = (password: string) => hash(password, { algorithm: ARGON2ID });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}
