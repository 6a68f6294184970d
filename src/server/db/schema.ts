// The database schema. drizzle-kit turns changes here into readable SQL migrations
// (`npm run db:generate`); the same migrations run on PGlite and on PostgreSQL.
import { sql } from 'drizzle-orm';
import { check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { workspaces } from './auth-schema';
import type { KeyPoint, QuestionContent } from '../../shared/question.schema';
import type { KitFile } from '../../shared/pack.schema';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// Millisecond precision: JavaScript dates hold no more, so a timestamp read back and used in a
// keyset cursor compares equal to the stored value.
export const at = (name: string) => timestamp(name, { precision: 3, withTimezone: true });
export const timestamps = {
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
};

export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null only for rows from before workspaces existed; the first workspace created adopts them. */
    workspaceId: text('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    type: text('type').notNull(),
    category: text('category').notNull(),
    difficulty: text('difficulty').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    minutes: integer('minutes').notNull(),
    prompt: text('prompt').notNull(),
    whyAsked: text('why_asked').notNull().default(''),
    approach: text('approach').notNull().default(''),
    // reference_answer and key_points are STORAGE EXTERNAL (migration 0004: faster writes).
    referenceAnswer: text('reference_answer').notNull().default(''),
    keyPoints: jsonb('key_points').$type<KeyPoint[]>().notNull().default([]),
    anchors: jsonb('anchors').$type<QuestionContent['anchors']>(),
    followUps: jsonb('follow_ups').$type<QuestionContent['followUps']>().notNull().default([]),
    redFlags: jsonb('red_flags').$type<QuestionContent['redFlags']>().notNull().default([]),
    version: integer('version').notNull().default(1),
    contentHash: text('content_hash').notNull(),
    /** The pack a question was loaded from ("backend"), or null when written in Candor. */
    source: text('source'),
    /** The content hash as last loaded from the pack: tells a local edit from an upstream change. */
    sourceHash: text('source_hash'),
    ...timestamps,
    /** Soft delete: a deleted slug stays taken, so a bundled question is not loaded again at the next start. */
    deletedAt: timestamp('deleted_at', { precision: 3, withTimezone: true }),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        // What a question is about, by weight: A title and tags, B the prompt, C the key points
        // (the answer's rubric; practice searches filter C out), D the unstemmed words of A and B,
        // so a word still being typed ("paginat") can match as a prefix, which its English stem
        // ("pagin") cannot. The reference answer's prose is left out on purpose: parsing it was
        // half the cost of writing a question (docs/packs.md, "Import speed").
        sql`setweight(to_tsvector('english'::regconfig, title || ' ' || candor_tags_text(tags)), 'A') || setweight(to_tsvector('english'::regconfig, prompt), 'B') || setweight(to_tsvector('english'::regconfig, candor_key_points_text(key_points)), 'C') || setweight(to_tsvector('simple'::regconfig, title || ' ' || candor_tags_text(tags) || ' ' || prompt), 'D')`,
      ),
  },
  (t) => [
    uniqueIndex('questions_workspace_slug_idx').on(t.workspaceId, t.slug),
    index('questions_search_idx').using('gin', t.searchVector),
    index('questions_tags_idx').using('gin', t.tags),
    index('questions_title_idx').on(t.workspaceId, t.title, t.id),
    index('questions_created_idx').on(t.workspaceId, t.createdAt, t.id),
    check('questions_type_check', sql`${t.type} in ('technical', 'behavioral', 'situational', 'system-design')`),
    check('questions_difficulty_check', sql`${t.difficulty} in ('easy', 'medium', 'hard')`),
    check('questions_minutes_check', sql`${t.minutes} between 1 and 60`),
  ],
);

/** Responses of POST requests made with an Idempotency-Key, replayed on a retry with the same key. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    /** Null only while the first request is still running, inside its transaction. */
    responseBody: jsonb('response_body'),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp('created_at', { precision: 3, withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/** Packs installed in this bank: their manifest and starter kits, as last loaded or imported. */
export const packs = pgTable(
  'packs',
  {
    workspaceId: text('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    name: text('name').notNull(),
    version: text('version').notNull(),
    description: text('description').notNull().default(''),
    license: text('license').notNull().default(''),
    authors: jsonb('authors').$type<string[]>().notNull().default([]),
    kits: jsonb('kits').$type<KitFile[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [uniqueIndex('packs_workspace_id_idx').on(t.workspaceId, t.id)],
);
