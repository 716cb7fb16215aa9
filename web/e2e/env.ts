// Where the browser tests' servers listen and keep their data: overridable so two Playwright runs can share a machine.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared server's port; a spec with a server of its own takes the next one (see `ownServer`). */
export const E2E_PORT = Number(process.env.E2E_PORT || 8091);
/** The shared server's data: a fresh SQLite file each run (e2e/start-server.mjs empties this folder first). */
export const E2E_DIR = process.env.E2E_DIR || join(tmpdir(), 'portrait-e2e');
/** The built web app the servers serve: a run that builds its own (vite build --outDir) leaves the shared dist alone. */
export const E2E_STATIC_DIR = process.env.E2E_STATIC_DIR || fileURLToPath(new URL('../dist', import.meta.url));
