/**
 * The name an operation goes by in the explorer. Many specs (DSCC's among them) write "Get all
 * storage systems" as the description and give no summary; Postman shows that text too, so a short
 * one-line description stands in for a missing summary.
 */
import { str } from './json-pointer';

/** Longest description used as a name. */
const maxLabelLength = 90;

/** The summary, else a short single-line description (its first sentence), else undefined. */
export function operationSummary(operation: { summary?: unknown; description?: unknown }): string | undefined {
  const summary = str(operation.summary)?.trim();
  if (summary) return summary;
  const description = str(operation.description)?.trim();
  if (!description) return undefined;
  const firstLine = description.split(/\r?\n/)[0]!.trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine;
  const label = sentence.replace(/[.]$/, '').replace(/[*_`#>]/g, '').trim();
  return label && label.length <= maxLabelLength ? label : undefined;
}
