/** The desktop app's stores: `electron-store` documents in the user-data folder. */
import ElectronStore from 'electron-store';
import { createStoreOpener, type StoreOpener } from '../services/store/json-store';

/** Opens documents in `folder` with `electron-store`. */
export function createElectronStoreOpener(folder: string): StoreOpener {
  return createStoreOpener(
    folder,
    ({ cwd, name, defaults }) => new ElectronStore<Record<string, unknown>>({ cwd, name, defaults, clearInvalidConfig: false }),
  );
}
