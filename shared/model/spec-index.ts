/**
 * What Shoreline keeps of an imported spec besides its text: the registry (order of the specs, the
 * tree's expanded nodes) and each spec's index (summary, tags, operations, findings). The schemas
 * check these files when they are read back; each is tied to the index model's types, so the two
 * cannot drift apart.
 */
import { z } from 'zod';
import type { OperationSummary, SpecFinding, SpecSummary } from '../openapi/types';
import { httpMethodSchema } from './request';
import { specIdSchema } from './spec-id';

const serverSchema = z.object({
  url: z.string(),
  description: z.string().optional(),
  template: z.string().optional(),
  variables: z.record(z.string(), z.object({ default: z.string(), enum: z.array(z.string()).optional(), description: z.string().optional() })).optional(),
});

const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), fileName: z.string() }),
  z.object({ kind: z.literal('url'), url: z.string(), fileName: z.string() }),
  z.object({ kind: z.literal('text'), fileName: z.string() }),
]);

/** A spec's summary as stored. */
export const specSummarySchema: z.ZodType<SpecSummary> = z.object({
  id: specIdSchema,
  title: z.string(),
  version: z.string(),
  specVersion: z.string(),
  format: z.enum(['openapi-3.0', 'openapi-3.1', 'swagger-2.0']),
  description: z.string().optional(),
  servers: z.array(serverSchema),
  operationCount: z.number().int().min(0),
  source: sourceSchema,
  importedAt: z.string(),
  sizeBytes: z.number().min(0),
  validation: z.enum(['pending', 'done', 'failed']),
  findingCounts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
});

/** An operation of the tree, as stored. */
export const operationSummarySchema: z.ZodType<OperationSummary> = z.object({
  id: z.string().min(1),
  method: httpMethodSchema,
  path: z.string(),
  summary: z.string().optional(),
  operationId: z.string().optional(),
  tags: z.array(z.string()),
  deprecated: z.boolean(),
});

/** A finding, as stored. */
export const specFindingSchema: z.ZodType<SpecFinding> = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  source: z.enum(['import', 'validation']),
  message: z.string(),
  path: z.string(),
  location: z.string(),
  operation: z.string().optional(),
});

/** One spec's index document (`specs/<id>.json`). */
export const storedSpecSchema = z.object({
  summary: specSummarySchema,
  tags: z.array(z.object({ name: z.string(), description: z.string().optional() })).default([]),
  operations: z.array(operationSummarySchema),
  findings: z.array(specFindingSchema).default([]),
  /** Whether the imported text is YAML or JSON (which source file to read). */
  syntax: z.enum(['json', 'yaml']).default('json'),
});

/** One spec's index. */
export type StoredSpec = z.infer<typeof storedSpecSchema>;

/** The registry (`specs/registry.json`): spec ids in explorer order, and the expanded tree nodes. Ids that are not spec ids are dropped. */
export const specRegistrySchema = z.object({
  order: z
    .array(z.unknown())
    .catch([])
    .transform((ids) => ids.filter((id): id is string => specIdSchema.safeParse(id).success && id !== 'registry')),
  expanded: z
    .array(z.unknown())
    .catch([])
    .transform((keys) => keys.map(String)),
});

/** The registry. */
export type SpecRegistry = z.infer<typeof specRegistrySchema>;
