// Secrets Candor hands out once (API tokens, invitation and setup links, the cookie-signing key)
// and the hash it keeps instead. 256 random bits make a fast hash enough: there is nothing to guess.
import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. */
export const newSecret = () => randomBytes(32).toString('base64url');

/** What Candor stores for a secret it shows once. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
