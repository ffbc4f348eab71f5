/** `npm run build:xslt`: compile every output stylesheet to SEF once (SaxonJS loads SEF, not XSLT). */
import { compileStylesheet } from '../render/stylesheets.js';

for (const name of ['web', 'print']) {
  const started = performance.now();
  const sef = compileStylesheet(name);
  console.log(`compiled xslt/${name}.xsl → ${sef} (${Math.round(performance.now() - started)} ms)`);
}
