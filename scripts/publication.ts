/**
 * `npm run build:publish`: refuses, before building, a site address that is not one to publish
 * at (unset, local, reserved for examples, not https); see src/core/site-url.ts.
 */
import { publicationProblem } from '../src/core/site-url.ts';

const problem = publicationProblem(process.env.SITE_URL);
if (problem) {
  console.error(`${problem}.\nSet it to the site's public address, for example: SITE_URL=https://sg.gouv.xx npm run build:publish\nNothing was built.`);
  process.exit(1);
}
console.log(`Building for publication at ${process.env.SITE_URL}.`);
