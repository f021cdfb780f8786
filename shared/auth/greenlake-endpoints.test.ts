import { describe, expect, it } from 'vitest';
import { environmentPresets, findEnvironmentPreset, tokenUrlPresets, tokenUrlProblem, workspaceTokenUrl } from './greenlake-endpoints';

describe('GreenLake endpoints', () => {
  it('offers every regional base URL once, with unique ids', () => {
    const urls = environmentPresets.map((p) => p.baseUrl);
    expect(new Set(urls).size).toBe(10);
    expect(new Set(environmentPresets.map((p) => p.id)).size).toBe(10);
    expect(urls).toContain('https://us-west2-api.compute.cloud.hpe.com');
    expect(findEnvironmentPreset('dscc-eu1')?.baseUrl).toBe('https://eu1.data.cloud.hpe.com');
  });

  it('fills the workspace id into the workspace token URL and flags it when left out', () => {
    const preset = tokenUrlPresets.find((p) => p.needs === 'workspaceId');
    expect(preset && tokenUrlProblem(preset.url)).toMatch(/workspace ID/);
    const url = workspaceTokenUrl(' 3009de28 ');
    expect(url).toBe('https://global.api.greenlake.hpe.com/authorization/v2/oauth2/3009de28/token');
    expect(tokenUrlProblem(url)).toBeUndefined();
  });
});
