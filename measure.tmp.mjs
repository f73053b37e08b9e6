import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './tools/chromium.mjs';
const base = 'http://127.0.0.1:4611';
const sections = readdirSync('dist/tagung-2018', { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name);
let max = 0;
for (const s of sections) { const g = gzipSync(readFileSync(`dist/tagung-2018/${s}/index.html`)).length; if (g > max) max = g; console.log('first response', s, g); }
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const path of ['/tagung-2018/forschungsdesign/', '/tagung-2018/andere-kommunen/', '/tagung-2018/', '/']) {
  const page = await browser.newPage();
  const bodies = [];
  page.on('response', r => bodies.push(r.body().then(b => ({ t: r.request().resourceType(), n: gzipSync(b).length, u: r.url() })).catch(() => null)));
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const all = (await Promise.all(bodies)).filter(Boolean);
  const inl = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter(s => !s.type.includes('json')).map(s => s.textContent));
  const js = all.filter(x => x.t === 'script').reduce((a, x) => a + x.n, 0) + inl.reduce((a, t) => a + gzipSync(t).length, 0);
  const total = all.reduce((a, x) => a + x.n, 0);
  console.log(path, 'js', js, 'total first visit', total, all.map(x => `${x.t}:${x.n}:${x.u.split('/').pop()}`).join(' '));
  await page.close();
}
await browser.close();
