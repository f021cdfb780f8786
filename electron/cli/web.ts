/** `npm run web`: Shoreline in the browser, served from 127.0.0.1. */
import { runWebHostOrExit } from './run-web-host';

runWebHostOrExit(process.argv.slice(2));
