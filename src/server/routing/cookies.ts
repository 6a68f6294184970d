// Cookies from better-auth's answers, passed on to the browser, and the base URL for links.
import type { FastifyReply, FastifyRequest } from 'fastify';

export function setCookies(reply: FastifyReply, cookies: string[]): void {
  if (!cookies.length) return;
  const existing = reply.getHeader('set-cookie');
  const before = existing === undefined ? [] : [existing].flat().map(String);
  reply.header('set-cookie', [...before, ...cookies]);
}

/** The configured public URL, or the origin this request reached. */
export const baseUrlOf = (request: FastifyRequest, publicUrl: string | null) => publicUrl ?? `${request.protocol}://${request.host}`;
