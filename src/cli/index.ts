import * as fs from 'fs';
import * as path from 'path';
import { run } from './main';

// The bundle lives in dist/; the rule docs and package.json beside it, in the package.
const packageRoot = path.resolve(__dirname, '..');
let version = '0.0.0';
try {
  version = (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
} catch {
  // Run from elsewhere: the version is unknown.
}

const code = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => fs.readFileSync(0, 'utf8'),
  stdoutIsTTY: process.stdout.isTTY,
  stderrIsTTY: process.stderr.isTTY,
  noColor: 'NO_COLOR' in process.env,
  docsDir: path.join(packageRoot, 'docs', 'rules'),
  version,
});
process.exitCode = code;
