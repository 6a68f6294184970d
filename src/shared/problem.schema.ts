// RFC 9457 problem details: the one shape of every API error.
import { z } from 'zod';

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string().describe('stable, machine-readable error code'),
  instance: z.string().optional(),
  requestId: z.string(),
  errors: z
    .array(z.object({ in: z.string(), name: z.string(), message: z.string() }))
    .optional()
    .describe('one entry per invalid parameter or field'),
});
export type Problem = z.output<typeof problemSchema>;
