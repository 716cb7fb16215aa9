// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module shared with the generator script
import { generateTypes } from '../../scripts/openapi-types.mjs';

describe('src/api/schema.d.ts', () => {
  it('is what `npm run gen:api` makes from web/openapi.json (run `npm run gen:api -- --offline` if not)', async () => {
    const spec = await readFile(new URL('../../openapi.json', import.meta.url), 'utf8');
    const committed = await readFile(new URL('./schema.d.ts', import.meta.url), 'utf8');
    const fresh: string = await generateTypes(spec);
    expect(committed === fresh, 'schema.d.ts is stale: run `npm run gen:api -- --offline`').toBe(true);
  });
});
