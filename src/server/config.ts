// Environment → validated, typed, frozen config. The only module that reads process.env; every
// problem is reported at once, at start, rather than when a code path first needs the value.
import { resolve } from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CANDOR_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CANDOR_PACKS_DIR: z.string().min(1).default('./content/packs'),
  CANDOR_LOAD_PACKS: boolean.default(true),
  CANDOR_TRUST_PROXY: boolean.default(false),
  CANDOR_LIST_CACHE_SIZE: z.coerce.number().int().min(0).max(100_000).default(1000),
  CANDOR_PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CANDOR_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional().or(z.literal('').transform(() => undefined)),
  CANDOR_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(60 * 24 * 30).default(12 * 60),
  CANDOR_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(7 * 24),
  CANDOR_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CANDOR_SMTP_FROM: z.string().min(3).default('Candor <candor@localhost>'),
});

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  poolSize: number;
  logLevel: (typeof LOG_LEVELS)[number];
  packsDir: string;
  loadPacks: boolean;
  trustProxy: boolean;
  /** Cached list/search responses kept per process; 0 turns the cache off. */
  listCacheSize: number;
  /** Where users reach Candor: links, and Secure cookies when https. */
  publicUrl: string | undefined;
  authSecret: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  smtpUrl: string | undefined;
  smtpFrom: string;
}>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = result.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.CANDOR_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    poolSize: e.DATABASE_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    packsDir: resolve(e.CANDOR_PACKS_DIR),
    loadPacks: e.CANDOR_LOAD_PACKS,
    trustProxy: e.CANDOR_TRUST_PROXY,
    listCacheSize: e.CANDOR_LIST_CACHE_SIZE,
    publicUrl: e.CANDOR_PUBLIC_URL,
    authSecret: e.CANDOR_AUTH_SECRET,
    sessionIdleMinutes: e.CANDOR_SESSION_IDLE_MINUTES,
    sessionMaxHours: e.CANDOR_SESSION_MAX_HOURS,
    smtpUrl: e.CANDOR_SMTP_URL,
    smtpFrom: e.CANDOR_SMTP_FROM,
  });
}
