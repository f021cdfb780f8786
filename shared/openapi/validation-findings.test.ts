import { describe, expect, it } from 'vitest';
import { maxValidationFindings, validationFindings } from './validation-findings';

describe('validationFindings', () => {
  it('keeps the cause, drops Ajv if/then/else echoes, and places it in the operation', () => {
    const path = '/paths/~1compute-ops-mgmt~1v1beta2~1approval-policies~1{policy_id}/delete/parameters/0';
    const findings = validationFindings({
      message: 'Swagger schema validation failed.',
      details: [
        { instancePath: path, keyword: 'required', message: "must have required property 'required'", params: { missingProperty: 'required' } },
        { instancePath: path, keyword: 'if', message: 'must match "then" schema' },
        { instancePath: path, keyword: 'if', message: 'must match "else" schema' },
      ],
    });
    expect(findings).toEqual([
      {
        severity: 'warning',
        source: 'validation',
        message: '"required" is missing here; the OpenAPI standard requires it.',
        path: `#${path}`,
        location: 'DELETE /compute-ops-mgmt/v1beta2/approval-policies/{policy_id} › parameters › 0',
        operation: 'DELETE /compute-ops-mgmt/v1beta2/approval-policies/{policy_id}',
      },
    ]);
  });

  it('reports a stop without details once, skips ref errors already reported, and caps long lists', () => {
    expect(validationFindings(undefined)).toEqual([]);
    expect(validationFindings({ message: 'Error resolving $ref pointer "#/x"' }, true)).toEqual([]);
    expect(validationFindings({ message: 'Validation failed.\n Duplicate operation id' })[0]?.message).toBe('Strict validation stopped early: Validation failed. Duplicate operation id');
    const many = Array.from({ length: maxValidationFindings + 7 }, (_, i) => ({ instancePath: `/x/${i}`, keyword: 'type', params: { type: 'string' } }));
    const capped = validationFindings({ message: 'failed', details: many });
    expect(capped).toHaveLength(maxValidationFindings + 1);
    expect(capped.at(-1)?.message).toBe('7 more validation findings are not listed.');
  });
});
