/** Imports every real spec fixture into a user-data folder through the specs service, as the app would. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSpecsService } from '../../electron/services/specs/specs-service';
import { createDocumentStore } from '../../electron/services/store/document-store';
import type { SpecNode } from '../../shared/openapi/types';
import { imported } from '../../electron/services/specs/imported-for-tests';

/** The folder of the real spec fixtures. */
export const fixtureDir = join('e2e', 'fixtures', 'specs');

/** Paths of every spec fixture (JSON and YAML; not the README). */
export function fixtureSpecFiles(): string[] {
  return readdirSync(fixtureDir)
    .filter((name) => /\.(json|ya?ml)$/.test(name))
    .sort()
    .map((name) => join(fixtureDir, name));
}

/** Imports all fixtures (and `extra` files) into `userDataDir`, waits for their validation, and returns the explorer tree. */
export async function importAllFixtures(userDataDir: string, extra: readonly string[] = []): Promise<SpecNode[]> {
  const specs = createSpecsService({ store: createDocumentStore({ folder: userDataDir, by: 'the benchmark' }) });
  try {
    for (const path of [...fixtureSpecFiles(), ...extra]) {
      await imported(specs.importText({ text: readFileSync(path, 'utf8'), fileName: path.split('/').pop()!, asNew: true }));
    }
    // Finished validation leaves nothing for a web host started on this folder to redo.
    await specs.whenIdle();
    return specs.tree();
  } finally {
    await specs.dispose();
  }
}
