/** The `conf`-backed store used wherever Electron is absent (web host, tests, CLI). */
import Conf from 'conf';
import { createStoreOpener, type StoreOpener } from './json-store';

/** Opens documents in `folder` with `conf`. */
export function createConfStoreOpener(folder: string): StoreOpener {
  return createStoreOpener(
    folder,
    ({ cwd, name, defaults }) =>
      new Conf<Record<string, unknown>>({ cwd, configName: name, defaults, projectName: 'shoreline', clearInvalidConfig: false }),
  );
}
