/**
 * The HPE GreenLake addresses a user would otherwise copy from blog posts: where tokens come from,
 * and the regional API base URLs that environments start from.
 */

/** A token URL the connection form offers. */
export interface TokenUrlPreset {
  id: 'greenlake-sso' | 'greenlake-workspace';
  label: string;
  url: string;
  /** What the user must still fill in (a `{placeholder}` in `url`). */
  needs?: 'workspaceId';
}

/** The classic GreenLake SSO token endpoint (seed 000). */
export const greenLakeSsoTokenUrl = 'https://sso.common.cloud.hpe.com/as/token.oauth2';

/** The workspace-scoped issuer; `{workspaceId}` must be replaced with the workspace's id. */
export const greenLakeWorkspaceTokenUrl = 'https://global.api.greenlake.hpe.com/authorization/v2/oauth2/{workspaceId}/token';

/** Token URL presets, most common first. */
export const tokenUrlPresets: readonly TokenUrlPreset[] = [
  { id: 'greenlake-sso', label: 'HPE GreenLake SSO', url: greenLakeSsoTokenUrl },
  { id: 'greenlake-workspace', label: 'HPE GreenLake workspace', url: greenLakeWorkspaceTokenUrl, needs: 'workspaceId' },
];

/** Fills the workspace id into the workspace-scoped token URL (the id is URL-encoded). */
export function workspaceTokenUrl(workspaceId: string): string {
  return greenLakeWorkspaceTokenUrl.replace('{workspaceId}', encodeURIComponent(workspaceId.trim()));
}

/** The product an environment preset belongs to. */
export type EnvironmentProduct = 'dscc' | 'com' | 'greenlake';

/** A built-in environment: a product, a region and its base URL. */
export interface EnvironmentPreset {
  id: string;
  product: EnvironmentProduct;
  /** What the user reads, e.g. "Data Services (EU Central)". */
  name: string;
  region: string;
  baseUrl: string;
}

function preset(id: string, product: EnvironmentProduct, label: string, region: string, baseUrl: string): EnvironmentPreset {
  return { id, product, name: `${label} (${region})`, region, baseUrl };
}

/** Every built-in environment preset: DSCC regions, Compute Ops Management (classic and newer hosts), GreenLake global. */
export const environmentPresets: readonly EnvironmentPreset[] = [
  preset('dscc-eu1', 'dscc', 'Data Services', 'EU Central', 'https://eu1.data.cloud.hpe.com'),
  preset('dscc-jp1', 'dscc', 'Data Services', 'AP Northeast', 'https://jp1.data.cloud.hpe.com'),
  preset('dscc-us1', 'dscc', 'Data Services', 'US West', 'https://us1.data.cloud.hpe.com'),
  preset('com-eu-central1', 'com', 'Compute Ops Management', 'EU Central', 'https://eu-central1-api.compute.cloud.hpe.com'),
  preset('com-ap-northeast1', 'com', 'Compute Ops Management', 'AP Northeast', 'https://ap-northeast1-api.compute.cloud.hpe.com'),
  preset('com-us-west2', 'com', 'Compute Ops Management', 'US West', 'https://us-west2-api.compute.cloud.hpe.com'),
  preset('greenlake-us-west', 'com', 'Compute Ops Management, new endpoint', 'US West', 'https://us-west.api.greenlake.hpe.com'),
  preset('greenlake-eu-central', 'com', 'Compute Ops Management, new endpoint', 'EU Central', 'https://eu-central.api.greenlake.hpe.com'),
  preset('greenlake-ap-northeast', 'com', 'Compute Ops Management, new endpoint', 'AP Northeast', 'https://ap-northeast.api.greenlake.hpe.com'),
  preset('greenlake-global', 'greenlake', 'HPE GreenLake platform', 'global', 'https://global.api.greenlake.hpe.com'),
];

/** The preset with `id`, if any. */
export function findEnvironmentPreset(id: string): EnvironmentPreset | undefined {
  return environmentPresets.find((p) => p.id === id);
}

/**
 * Why a token URL cannot be used as typed, in the user's words, or undefined when it can. Catches the
 * workspace preset's `{workspaceId}` left in place.
 */
export function tokenUrlProblem(url: string): string | undefined {
  if (/[{}]/.test(url)) return 'Replace {workspaceId} in the token URL with your workspace ID (shown in the GreenLake console).';
  return undefined;
}
