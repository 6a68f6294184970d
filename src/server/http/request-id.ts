import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// A client's id is reused only when it is short and plain: it ends up in logs and headers.
const CLIENT_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Takes a well-formed X-Request-Id from the client (so one id follows a call across services), else makes one. */
export function requestIdFor(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && CLIENT_ID.test(header) ? header : randomUUID();
}
