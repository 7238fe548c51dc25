// Where each workout control ends on screen, for phone sizes and a phone on its side: the
// bottom of 'This hurts' and 'End workout' against the viewport height, the page height, the
// count's size and the figure's height, in reps, rest and a hold; screenshots in /tmp/wk/.
// Serve a release build first (node scripts/static-server.mjs dist 4601).
// Usage: node bench/workout-layout.mjs [origin]; VPS=320x640,844x390 SCHEME=dark RM=1 (reduced motion)
import { chromium } from 'playwright';
import { mkdirSync } from 'node:fs';
import { KEYS, profileDocument } from '../e2e/data/make-history.mjs';
mkdirSync('/tmp/wk', { recursive: true });
const BASE = process.argv[2] ?? process.env.BASE ?? 'http://127.0.0.1:4601';
const NOW = Date.parse('2026-03-11T12:00:00Z'); const T0 = NOW + 600000;
const VPS = (process.env.VPS ?? '320x640,360x640,375x667,390x844,844x390,640x360').split(',');
const scheme = process.env.SCHEME ?? 'light';
const b = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const vp of VPS) {
  const [w, h] = vp.split('x').map(Number);
  const c = await b.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, isMobile: true, hasTouch: true, serviceWorkers: 'block', reducedMotion: process.env.RM ? 'reduce' : 'no-preference' });
  const p = await c.newPage();
  await p.addInitScript((e) => { for (const [k, v] of e) localStorage.setItem(k, v); }, Object.entries({ [KEYS.profile]: profileDocument() }));
  await p.clock.install({ time: NOW });
  await p.goto(BASE + '/workout'); await p.waitForTimeout(1500);
  await p.clock.pauseAt(T0);
  await p.getByRole('group', { name: 'How does your back feel right now?' }).getByRole('button', { name: '2', exact: true }).click();
  let t = 0; const to = async (s) => { await p.clock.runFor(Math.round((s - t) * 1000)); t = s; };
  const out = [];
  for (const [name, s] of [['getready', 1], ['reps', 20], ['rest', 60], ['hold', 175]]) {
    await to(s); await p.waitForTimeout(100);
    const m = await p.evaluate(() => {
      const bot = (sel) => { const e = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === sel); return e ? Math.round(e.getBoundingClientRect().bottom) : -1; };
      const big = document.querySelector('.wk-big'); const fig = document.querySelector('.wk-figure');
      return { hurts: bot('This hurts'), end: bot('End workout'), doc: document.documentElement.scrollHeight, big: big ? Math.round(parseFloat(getComputedStyle(big).fontSize)) : 0, fig: fig ? Math.round(fig.getBoundingClientRect().height) : 0 };
    });
    out.push(`${name}: hurts ${m.hurts} end ${m.end} doc ${m.doc} big ${m.big}px fig ${m.fig}`);
    await p.screenshot({ path: `/tmp/wk/${vp}-${scheme}-${name}.png` });
  }
  console.log(vp, h, '|', out.join(' | '));
  await c.close();
}
await b.close();
