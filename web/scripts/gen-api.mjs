// Fetches /api/openapi.json from a running server (PORTRAIT_URL, default
// http://127.0.0.1:8090), stores it as web/openapi.json and regenerates
// src/api/schema.d.ts. With --offline, only regenerates from the committed file.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateTypes } from './openapi-types.mjs';

const root = new URL('..', import.meta.url);
const specPath = fileURLToPath(new URL('openapi.json', root));
const typesPath = fileURLToPath(new URL('src/api/schema.d.ts', root));

let text;
if (process.argv.includes('--offline')) {
  text = await readFile(specPath, 'utf8');
} else {
  const base = (process.env.PORTRAIT_URL ?? 'http://127.0.0.1:8090').replace(/\/+$/, '');
  const res = await fetch(`${base}/api/openapi.json`);
  if (!res.ok) {
    console.error(`GET ${base}/api/openapi.json -> ${res.status}`);
    process.exit(1);
  }
  text = JSON.stringify(await res.json(), null, 2) + '\n';
  await writeFile(specPath, text);
  console.log(`wrote ${specPath}`);
}
await writeFile(typesPath, await generateTypes(text));
console.log(`wrote ${typesPath}`);
