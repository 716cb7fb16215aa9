// Shared by `npm run gen:api` and the staleness test (src/api/schema.test.ts):
// turns the committed web/openapi.json into the text of src/api/schema.d.ts.
import openapiTS, { astToString } from 'openapi-typescript';

export const HEADER =
  '/**\n * Generated from web/openapi.json by `npm run gen:api` (openapi-typescript).\n * Do not edit by hand.\n */\n\n';

/** @param {string} jsonText the OpenAPI document */
export async function generateTypes(jsonText) {
  const ast = await openapiTS(JSON.parse(jsonText), { silent: true });
  return HEADER + astToString(ast);
}
