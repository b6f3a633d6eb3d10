// Builds the web UI into dist/: the bundle (assets/main.js, assets/main.css),
// index.html and the world map data, all from src/ and node_modules. The
// parley binary embeds dist/ (see web.go).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');

// Clear earlier output but keep the committed placeholder (.gitkeep).
mkdirSync(dist, { recursive: true });
for (const name of readdirSync(dist)) {
  if (!name.startsWith('.')) rmSync(join(dist, name), { recursive: true, force: true });
}
mkdirSync(join(dist, 'assets'), { recursive: true });

await esbuild.build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir: join(dist, 'assets'),
  loader: { '.json': 'json' },
  legalComments: 'linked',
  logLevel: 'info',
});

copyFileSync(join(here, 'src/index.html'), join(dist, 'index.html'));
// Country shapes (Natural Earth 1:50m, via world-atlas), loaded by the map.
copyFileSync(join(here, 'node_modules/world-atlas/countries-50m.json'), join(dist, 'assets/countries-50m.json'));
console.log('web UI built in', dist);
