// Playwright's webServer command: empties $E2E_DIR (a fresh SQLite database each run),
// checks that the web app is built, then runs the given server command in its place.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';

const dir = process.env.E2E_DIR;
if (!dir) throw new Error('E2E_DIR is not set');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const staticDir = process.env.PORTRAIT__SERVER__STATIC_DIR;
if (staticDir && !existsSync(`${staticDir}/index.html`)) {
  console.error(`${staticDir}/index.html is missing: run \`npm run build\` before \`npm run e2e\``);
  process.exit(1);
}
const [cmd, ...args] = process.argv.slice(2);
if (!cmd || !existsSync(cmd)) {
  console.error(`server binary ${cmd} is missing: build the Rust workspace first`);
  process.exit(1);
}
const child = spawn(cmd, args, { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
