// @ts-check
// The one check of whether `dist/` is current, used by `npm start`, `npm run web`, the benchmark and
// the tests that load the built app. A build leaves a stamp in dist/: per target, the files it wrote
// and the size and modification time of every file it was built from (esbuild's own list of the
// sources it bundled; for the renderer, every file under renderer/ and shared/). A target is stale
// when one of those files changed, appeared or went away, or when one of its outputs is missing.
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The output folder, relative to the repository root. */
export const distDir = 'dist';
/** The stamp's path inside the output folder. */
export const stampName = '.build-stamp.json';

/**
 * @typedef {object} TargetStamp
 * @property {string[]} outputs paths relative to dist/ (files, or one folder the target owns)
 * @property {Record<string, string>} inputs repository-relative path → fingerprint
 */
/** @typedef {{ version: 1, targets: Record<string, TargetStamp> }} Stamp */

/**
 * What the check needs to know about a target.
 * @typedef {object} CheckedTarget
 * @property {string} name
 * @property {(root: string) => string[]} [listInputs] the target's inputs as they are now, for
 *   targets built from whole folders (a file added there is a change); others are checked by the
 *   inputs their last build recorded
 */

/**
 * A value that changes when a file is edited, touched, replaced or removed.
 * @param {string} root
 * @param {string} path relative to `root`
 */
export function fingerprint(root, path) {
  try {
    const s = statSync(join(root, path));
    return `${s.size}:${Math.round(s.mtimeMs)}`;
  } catch {
    return 'missing';
  }
}

/** Repository-relative paths with forward slashes, on every OS. @param {string} path */
export function toPosix(path) {
  return path.split(sep).join('/');
}

/**
 * Every file under `dirs` (relative to `root`) that a build reads: tests are left out.
 * @param {string} root
 * @param {readonly string[]} dirs
 */
export function sourceFiles(root, dirs) {
  /** @type {string[]} */
  const files = [];
  for (const dir of dirs) {
    if (!existsSync(join(root, dir))) continue;
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || /\.(test|typetest)\.tsx?$/.test(entry.name)) continue;
      files.push(toPosix(relative(root, join(entry.parentPath, entry.name))));
    }
  }
  return files.sort();
}

/** The stamp of the last successful build, or undefined. @param {string} root */
export function readStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, distDir, stampName), 'utf8'));
    return stamp?.version === 1 && typeof stamp.targets === 'object' ? /** @type {Stamp} */ (stamp) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the stamp atomically (a half-written stamp would read as "never built", which is safe too). */
export function writeStamp(/** @type {string} */ root, /** @type {Stamp} */ stamp) {
  const file = join(root, distDir, stampName);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(stamp, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}

/**
 * Why `target` needs building, or undefined when its outputs are current.
 * @param {string} root
 * @param {CheckedTarget} target
 * @param {Stamp | undefined} stamp
 */
export function staleReason(root, target, stamp) {
  const last = stamp?.targets[target.name];
  if (!last) return 'not built yet';
  const missing = last.outputs.find((output) => !existsSync(join(root, distDir, output)));
  if (missing) return `${distDir}/${missing} is missing`;
  if (target.listInputs) {
    const now = target.listInputs(root);
    const added = now.find((path) => !(path in last.inputs));
    if (added) return `${added} was added`;
  }
  for (const [path, recorded] of Object.entries(last.inputs)) {
    const current = fingerprint(root, path);
    if (current !== recorded) return current === 'missing' ? `${path} was removed` : `${path} changed`;
  }
  return undefined;
}

/**
 * The targets that need building, each with the first reason found.
 * @param {string} root
 * @param {readonly CheckedTarget[]} targets
 * @returns {{ name: string, reason: string }[]}
 */
export function staleTargets(root, targets) {
  const stamp = readStamp(root);
  return targets.flatMap((target) => {
    const reason = staleReason(root, target, stamp);
    return reason ? [{ name: target.name, reason }] : [];
  });
}
