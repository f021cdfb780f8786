/** What the document says about one route beyond what the route table knows: words, examples, schemas. */
import type { CollectionRules } from '../query/collection-query';
import type { ParameterExamples } from './query-parameters';

/** The product groups of the document, as tags. */
export const tags = {
  dscc: 'Data Services (DSCC)',
  com: 'Compute Ops Management',
  auditLog: 'GreenLake audit log',
  pcbe: 'Private Cloud Business Edition',
} as const;

/** One tag's name. */
export type TagName = (typeof tags)[keyof typeof tags];

/** The operation of one route. */
export interface OperationMeta {
  tag: TagName;
  operationId: string;
  summary: string;
  description: string;
  /** The component schema of the 200 body. */
  response: string;
  /** For a list: the rules of its query parameters, what its items are called, examples. */
  list?: { rules: CollectionRules; noun: string; examples: ParameterExamples };
  /** For one item: its `{id}` and, when accepted, `select`. */
  item?: { idDescription: string; idExample: string; select?: { rules: Pick<CollectionRules, 'separator' | 'select'>; example: string } };
}

/** Real ids of the running Sandbox, so "Try it" with the examples finds something. */
export interface IdExamples {
  storageSystemId: string;
  serverId: string;
  auditLogId: string;
  catalogId: string;
}
