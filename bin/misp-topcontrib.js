#!/usr/bin/env node
// The package's command: runs the JavaScript that `npm install` (`npm run build`) compiled into dist/.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('error: dist/ is missing: the install did not compile the service. Run `npm install` (or `npm run build`) in the project folder.\n');
  process.exit(1);
}
await import(main.href);
