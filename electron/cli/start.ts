/** `npm start`: the desktop app where Electron is installed, otherwise the web host in the browser. */
import { spawn } from 'node:child_process';
import { findAppRoot } from '../services/app/app-root';
import { findElectron } from './find-electron';
import { runWebHostOrExit } from './run-web-host';

const argv = process.argv.slice(2);
const electron = findElectron();
if ('path' in electron) {
  const child = spawn(electron.path, [findAppRoot().dir, ...argv], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write(`Shoreline cannot open as a desktop app here because ${electron.missing}, so it opens in your browser instead.\n`);
  runWebHostOrExit(argv);
}
