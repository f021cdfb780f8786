import { describe, expect, it } from 'vitest';
import { importKindOf } from './file-kind';

const postman = JSON.stringify({ info: { _postman_id: 'x', name: 'GreenLake', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [] }, null, 2);

describe('importKindOf', () => {
  it('sends a Postman export to the collections', () => {
    expect(importKindOf(postman, 'GreenLake.json')).toBe('postman');
  });

  it('sends a collection with neither schema nor id to the collections by its shape', () => {
    expect(importKindOf('{ "info": { "name": "Mine" }, "item": [ ] }', 'mine.json')).toBe('postman');
  });

  it('sends OpenAPI and Swagger, JSON or YAML, to the specs', () => {
    expect(importKindOf('openapi: 3.0.3\ninfo:\n  title: DSCC\n', 'storage-api.yaml')).toBe('spec');
    expect(importKindOf("'swagger': '2.0'\n", 'old.yml')).toBe('spec');
    expect(importKindOf('{"openapi":"3.1.0","info":{"title":"x"},"paths":{}}', 'api.json')).toBe('spec');
  });

  it('reads a byte-order mark as nothing', () => {
    expect(importKindOf(`\uFEFF${postman}`)).toBe('postman');
  });

  it('trusts a .postman_collection name when the start of the text says nothing', () => {
    expect(importKindOf('{ "variable": [] }', 'GreenLake.postman_collection.json')).toBe('postman');
  });

  it('leaves anything else to the spec import, which says what the file is in words', () => {
    expect(importKindOf('hello', 'notes.txt')).toBe('spec');
    expect(importKindOf('{"values": []}', 'env.json')).toBe('spec');
  });

  it('sends a Postman environment to the collection import, which explains it is not a collection', () => {
    expect(importKindOf('{"name":"Prod","values":[],"_postman_variable_scope":"environment"}', 'prod.postman_environment.json')).toBe('postman');
  });
});
