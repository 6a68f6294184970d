// JSON-line logs (pino). Secrets must never reach them: the redact list is the safety net for
// headers that carry credentials, should a request object ever be logged whole.
import { pino, type Logger as PinoLogger } from 'pino';
import type { Config } from './config';

export type Logger = PinoLogger;

export function createLogger(level: Config['logLevel'], destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'candor' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', '*.password', '*.token'], censor: '[redacted]' },
    },
    destination as pino.DestinationStream | undefined,
  );
}
