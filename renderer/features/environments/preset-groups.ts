/** The environment presets from `shared`, grouped the way the "New environment" menu lists them. */
import { environmentPresets, type EnvironmentPreset } from '../../../shared/auth/greenlake-endpoints';

/** One menu entry. */
export interface PresetEntry {
  id: string;
  /** The region, e.g. "EU Central". */
  label: string;
  baseUrl: string;
}

/** A titled group of presets. */
export interface PresetGroup {
  title: string;
  presets: PresetEntry[];
}

function groupOf(preset: EnvironmentPreset): string {
  if (preset.product === 'dscc') return 'Data Services Cloud Console (DSCC)';
  if (preset.product === 'greenlake') return 'HPE GreenLake platform';
  // Compute Ops Management has classic regional hosts and the newer *.api.greenlake.hpe.com ones.
  return preset.baseUrl.includes('.api.greenlake.hpe.com') ? 'Compute Ops Management · newer endpoints' : 'Compute Ops Management';
}

function regionLabel(region: string): string {
  return region.charAt(0).toUpperCase() + region.slice(1);
}

/** The presets grouped by family, in the order `shared` lists them. */
export function presetGroups(presets: readonly EnvironmentPreset[] = environmentPresets): PresetGroup[] {
  const groups = new Map<string, PresetEntry[]>();
  for (const preset of presets) {
    const title = groupOf(preset);
    const list = groups.get(title) ?? [];
    list.push({ id: preset.id, label: regionLabel(preset.region), baseUrl: preset.baseUrl });
    groups.set(title, list);
  }
  return [...groups].map(([title, entries]) => ({ title, presets: entries }));
}
