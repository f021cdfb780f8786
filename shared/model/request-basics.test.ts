import { describe, expect, it } from 'vitest';
import { maxOperationKeyLength } from '../openapi/limits';
import { operationLinkSchema, sendableMethodSchema } from './request';
import { httpMethods, isSendableMethod, operationLinkOf } from './request-basics';

describe('the zod-free request basics agree with the schemas', () => {
  it.each([
    'dscc-3f9a1c:GET /volumes',
    'dscc:GE',
    'Dscc:GET /volumes',
    '-dscc:GET /volumes',
    `dscc:${'x'.repeat(maxOperationKeyLength)}`,
    `dscc:${'x'.repeat(maxOperationKeyLength + 1)}`,
    `${'a'.repeat(64)}:GET /`,
    `${'a'.repeat(65)}:GET /`,
    'no colon',
    ':GET /x',
  ])('reads %s as operationLinkSchema would', (key) => {
    const colon = key.indexOf(':');
    const parsed = colon < 0 ? undefined : operationLinkSchema.safeParse({ specId: key.slice(0, colon), operationKey: key.slice(colon + 1) });
    expect(operationLinkOf(key)).toEqual(parsed?.success ? parsed.data : undefined);
  });

  it('calls sendable exactly the methods sendableMethodSchema takes', () => {
    for (const method of [...httpMethods, 'get', 'CONNECT']) expect(isSendableMethod(method)).toBe(sendableMethodSchema.safeParse(method).success);
  });
});
