// Prints the gzipped size of the JavaScript the browser loads before the first list (customers) renders:
// the entry chunk, the customer list's lazy chunk, and every chunk either imports statically.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const dist = 'dist';
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(path.join(dist, file))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return seen;
}
const jsOf = (keys) => new Set([...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')));
const sum = (files) => [...files].reduce((s, f) => s + gz(f), 0);

const entry = Object.keys(manifest).filter((k) => manifest[k].isEntry);
const entryFiles = jsOf(closure(entry));
const firstScreen = jsOf(closure([...entry, 'src/resources/customers/CustomerList.tsx']));
const allJs = new Set(Object.values(manifest).map((c) => c.file).filter((f) => f.endsWith('.js')));

console.log(`\nJS before the first list renders (gzipped): ${kb(sum(firstScreen))} in ${firstScreen.size} files`);
console.log(`  of which the entry and its static imports: ${kb(sum(entryFiles))}`);
console.log(`  loaded later, on demand: ${kb(sum(allJs) - sum(firstScreen))} in ${allJs.size - firstScreen.size} files`);
