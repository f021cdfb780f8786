/** `npm start`: the desktop app where it can run, otherwise the web host, saying why in one sentence. */
import { spawn } from 'node:child_process';
import { findAppRoot } from '../services/app/app-root';
import { findElectron } from './find-electron';
import { browserUnavailable } from './open-browser';
import { runWebHostOrExit } from './run-web-host';
import { chooseStart } from './start-choice';

const argv = process.argv.slice(2);
const choice = chooseStart({ nodeVersion: process.versions.node, electron: findElectron(), browserUnavailable: browserUnavailable() });
if (choice.kind === 'desktop') {
  const child = spawn(choice.electronPath, [findAppRoot().dir, ...argv], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write(`${choice.message}\n`);
  runWebHostOrExit(argv);
}
