#!/usr/bin/env node
// Damages every tool text of the main layouts the way files get damaged on
// their way to a user (line ends converted twice, spaces turned into tabs, form
// feeds or trailing spaces stripped) and scores each damaged text against its
// manuscript next to the undamaged one: a robust reader scores them alike.
//
//   node scripts/eval-text-damage.mjs             the table by damage
//   node scripts/eval-text-damage.mjs --verbose   each text that scores otherwise
//   node scripts/eval-text-damage.mjs --only lost one damage (or several: --only nfkc,strip)
//   node scripts/eval-text-damage.mjs --except kz-2019   leave out the documents whose folder name begins so
//
// The damaged copies are written to a temporary folder with the manuscripts
// and removed at the end.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loseKazakhLetters } from './lost-letters-damage.mjs';

const root = new URL('..', import.meta.url).pathname;
const verbose = process.argv.includes('--verbose');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : null;
const exceptAt = process.argv.indexOf('--except');
const except = exceptAt > 0 ? process.argv[exceptAt + 1] : null;

/** Tabs where a run of two spaces or more reaches a stop every eight characters, as `unexpand -a` does by columns. */
function spacesToTabs(line) {
  let out = '';
  let pending = 0;
  let col = 0;
  for (const ch of line) {
    col++;
    if (ch === ' ') {
      pending++;
      if (col % 8 === 0) {
        out += pending > 1 ? '\t' : ' ';
        pending = 0;
      }
    } else {
      out += ' '.repeat(pending) + ch;
      pending = 0;
    }
  }
  return out + ' '.repeat(pending);
}

const lf = (text) => text.replace(/\r\n/g, '\n');
/** A byte as Windows-1252 shows it (its five undefined bytes as the control characters Windows maps them to). */
const cp1252 = new TextDecoder('windows-1252');
const asCp1252 = (b) => ([0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b) ? String.fromCharCode(b) : cp1252.decode(new Uint8Array([b])));
const ALL_DAMAGES = {
  'crcrlf': { what: 'CR CR LF line ends (a CRLF file converted again)', apply: (t) => lf(t).replace(/\n/g, '\r\r\n') },
  'cr': { what: 'CR line ends alone', apply: (t) => lf(t).replace(/\n/g, '\r') },
  'tabs': { what: 'runs of spaces as tabs, stops every 8 characters', apply: (t) => lf(t).split('\n').map(spacesToTabs).join('\n') },
  'bom': { what: 'a UTF-8 byte-order mark before the text', apply: (t) => `\ufeff${t}` },
  'double': { what: 'an empty line after every line (double-spaced)', apply: (t) => lf(t).split('\n').flatMap((l) => [l, '']).join('\n') },
  'cp1252': { what: 'UTF-8 read once as Windows-1252 and saved again (mojibake)', apply: (t) => [...new TextEncoder().encode(t)].map(asCp1252).join('') },
  'latin1': { what: 'UTF-8 read once as Latin-1 and saved again (mojibake)', apply: (t) => [...new TextEncoder().encode(t)].map((b) => String.fromCharCode(b)).join('') },
  'noff': { what: 'form feeds removed', apply: (t) => t.replace(/\f/g, '') },
  'trim': { what: 'trailing spaces removed', apply: (t) => lf(t).replace(/[ \t]+$/gm, '') },
  // (a tool that keeps a font's ligature glyphs gives their presentation forms, U+FB00–FB04, for the letters)
  'ligatures': { what: 'ffi, ffl, ff, fi and fl as ligatures (ﬃ ﬄ ﬀ ﬁ ﬂ)', apply: (t) => t.replace(/ffi|ffl|ff|fi|fl/g, (l) => ({ ffi: 'ﬃ', ffl: 'ﬄ', ff: 'ﬀ', fi: 'ﬁ', fl: 'ﬂ' })[l]) },
  // (a script's clean-up: Python's unicodedata.normalize('NFKC', text), which makes № "No", … "...", a no-break space a space)
  'nfkc': { what: 'Unicode NFKC (compatibility forms: № as No, … as ..., no-break spaces as spaces)', apply: (t) => t.normalize('NFKC') },
  // (a script's clean-up: each line stripped, as line.strip() or trim() does)
  'strip': { what: 'each line stripped of its leading and trailing spaces', apply: (t) => lf(t).replace(/^[ \t]+|[ \t]+$/gm, '') },
  // (a script's clean-up: ' '.join(line.split()), every run of spaces one space)
  'squeeze': { what: 'every run of spaces one space, each line stripped', apply: (t) => lf(t).split('\n').map((l) => l.split('\f').map((p) => p.trim().replace(/[ \t]+/g, ' ')).join('\f')).join('\n') },
  // (a script's clean-up: empty lines dropped, as [l for l in lines if l.strip()])
  'noblank': { what: 'empty lines removed', apply: (t) => lf(t).split('\n').filter((l) => l.replace(/\f/g, '').trim() !== '' || l.includes('\f')).join('\n') },
  // (a tool that cannot map a fallback font's glyphs to letters drops them; the gap one left inside a word prints as a space)
  'lost': { what: 'the letters only Kazakh has lost, a space where one stood inside a word (Kazakh texts)', only: 'kk', apply: loseKazakhLetters },
};
const onlyNames = only ? only.split(',') : null;
const DAMAGES = onlyNames ? Object.fromEntries(onlyNames.map((n) => [n, ALL_DAMAGES[n]])) : ALL_DAMAGES;
for (const n of onlyNames ?? []) {
  if (ALL_DAMAGES[n]) continue;
  console.error(`no damage ${n}: ${Object.keys(ALL_DAMAGES).join(', ')}`);
  process.exit(2);
}

const fixtures = join(root, 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'osce-damage-'));
const pairs = [];
try {
  for (const id of readdirSync(fixtures).sort()) {
    if (!id.startsWith('kz-') || (except && id.startsWith(except))) continue;
    const dir = join(work, id);
    mkdirSync(dir);
    for (const f of readdirSync(join(root, 'corpus', id))) if (f.endsWith('.md')) copyFileSync(join(root, 'corpus', id, f), join(dir, f));
    for (const f of readdirSync(join(fixtures, id)).sort()) {
      // the main layouts only (<lang>.<tool>.txt)
      const m = /^(en|ru|kk)\.([a-z0-9-]+)\.txt$/.exec(f);
      if (!m) continue;
      const damages = Object.entries(DAMAGES).filter(([, d]) => !d.only || d.only === m[1]);
      if (damages.length === 0) continue;
      const text = readFileSync(join(fixtures, id, f), 'utf8');
      const original = join(dir, f);
      writeFileSync(original, text);
      for (const [name, d] of damages) {
        const damaged = join(dir, `${m[1]}.${name}${m[2]}.txt`);
        writeFileSync(damaged, d.apply(text));
        pairs.push({ name, text: `${id}/${f}`, original, damaged });
      }
    }
  }
  const run = spawnSync(process.execPath, [join(root, 'bin/osce.js'), 'eval', '--summary', '--json', work], { cwd: root, maxBuffer: 1 << 28, encoding: 'utf8' });
  if (!run.stdout.trim().startsWith('[')) {
    process.stderr.write(run.stderr);
    process.exit(2);
  }
  const scores = new Map(JSON.parse(run.stdout).map((r) => [r.input, r.scores]));
  const KINDS = ['headings', 'paragraphs', 'sentences', 'footnotes', 'footnoteRefs', 'tables'];
  const errors = (s) => Object.fromEntries(KINDS.map((k) => [k, s[k].fp + s[k].fn]));
  console.log('| damage | texts | scored alike | worse | failed | errors, undamaged → damaged (headings, paragraphs, sentences, footnotes, references, table rows; failed texts left out) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, d] of Object.entries(DAMAGES)) {
    const mine = pairs.filter((p) => p.name === name);
    let alike = 0;
    let worse = 0;
    let failed = 0;
    const sum = { a: Object.fromEntries(KINDS.map((k) => [k, 0])), b: Object.fromEntries(KINDS.map((k) => [k, 0])) };
    for (const p of mine) {
      const damaged = scores.get(p.damaged);
      // a text the pipeline refused (an error instead of scores) counts as failed
      if (!damaged?.headings) {
        failed++;
        if (verbose) console.error(`${name}\t${p.text}\tfailed`);
        continue;
      }
      const a = errors(scores.get(p.original));
      const b = errors(damaged);
      for (const k of KINDS) {
        sum.a[k] += a[k];
        sum.b[k] += b[k];
      }
      const same = KINDS.every((k) => a[k] === b[k]);
      if (same) alike++;
      else if (KINDS.reduce((n, k) => n + b[k] - a[k], 0) > 0) worse++;
      if (!same && verbose) console.error(`${name}\t${p.text}\t${KINDS.filter((k) => a[k] !== b[k]).map((k) => `${k} ${a[k]}→${b[k]}`).join(', ')}`);
    }
    console.log(`| ${d.what} | ${mine.length} | ${alike} | ${worse} | ${failed} | ${KINDS.map((k) => `${sum.a[k]}→${sum.b[k]}`).join(', ')} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
