/**
 * The review page: one self-contained HTML file per statement (inline style
 * and script, no network), the versions side by side with every flag and
 * claim marked where it is, and a filterable list of the flags at the side.
 */
import type { Alignment, Claim, Document, Flag, Lang, Table } from '../../schema/index.ts';
import { claimValueKey } from '../../claims/index.ts';
import { escapeHtml, highlight, locate, type Insert, type Mark } from './highlight.ts';
import { reviewModel, SEVERITY_ORDER, type Piece, type ReviewModel, type Row } from './model.ts';
import { REVIEW_CSS, REVIEW_SCRIPT } from './assets.ts';

const LANG_NAME: Record<Lang, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };
const FOOTNOTES_LABEL: Record<Lang, string> = { en: 'Footnotes', ru: 'Сноски', kk: 'Сілтемелер' };

export function reviewPage(statementId: string, docs: Document[], alignment: Alignment | null, flags: Flag[], version: string): string {
  return renderPage(reviewModel(statementId, docs, alignment, flags), version);
}

export function renderPage(model: ReviewModel, version: string): string {
  const cols = model.columns.length;
  const head = model.columns
    .map((c) => `<div class="cell colhead" role="columnheader" lang="${c.lang}"><strong>${LANG_NAME[c.lang]}</strong>${c.official ? ' <span class="badge">official</span>' : ''}<div class="src">${escapeHtml(c.source)}</div></div>`)
    .join('');
  const anchored = new Set<string>();
  const body = [...model.rows.map((r) => renderRow(r, model, anchored)), ...model.tables.map((t) => renderTables(t, model))].join('\n');
  const counts = SEVERITY_ORDER.map((s) => `${model.flags.filter((f) => f.severity === s).length} ${s}`).join(', ');
  const title = model.columns.find((c) => c.official)?.title ?? model.columns[0]?.title ?? model.statementId;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="osce-pipeline ${escapeHtml(version)}">
<title>Review: ${escapeHtml(title)}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(title)}</h1>
<p>Statement <code>${escapeHtml(model.statementId)}</code> · ${cols} version${cols === 1 ? '' : 's'} · ${model.flags.length} flag${model.flags.length === 1 ? '' : 's'} (${counts})</p>
</header>
<div class="layout">
<main id="versions" class="grid" role="table" aria-label="Versions side by side" style="--cols:${cols}">
<div class="row head" role="row">${head}</div>
${body}
</main>
${renderFlagList(model, anchored)}
</div>
<script>${REVIEW_SCRIPT}</script>
</body>
</html>
`;
}

/** One table of every version side by side, header rows as header cells. */
function renderTables(tables: Array<Table | null>, model: ReviewModel): string {
  const cells = tables.map((t, k) => {
    const lang = model.columns[k]!.lang;
    if (!t) return `<div class="cell" role="cell" lang="${lang}"></div>`;
    const row = (r: string[], th: boolean) => `<tr>${r.map((c) => (th ? `<th>${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`;
    // a table printed column after column says so: its cells stand as printed, not in their rows
    const note = t.unread ? ' (printed column after column: the cells in the order printed, the rows not put back)' : '';
    const caption = t.caption || note ? `<caption>${escapeHtml((t.caption ?? '') + note)}</caption>` : '';
    return `<div class="cell" role="cell" lang="${lang}"><table class="data" id="t-${lang}-${t.id}">${caption}<thead>${t.header.map((r) => row(r, true)).join('')}</thead><tbody>${t.rows.map((r) => row(r, false)).join('')}</tbody></table></div>`;
  });
  return `<div class="row" role="row">${cells.join('')}</div>`;
}

function renderRow(row: Row, model: ReviewModel, anchored: Set<string>): string {
  if (row.type === 'heading') {
    const cells = row.cells.map((h, k) => {
      const lang = model.columns[k]!.lang;
      const text = row.footnotes ? FOOTNOTES_LABEL[lang] : h;
      return `<div class="cell" role="cell" lang="${lang}">${text ? `<span role="heading" aria-level="${row.level + 1}">${escapeHtml(text)}</span>` : ''}</div>`;
    });
    return `<div class="row heading h${row.level}" role="row">${cells.join('')}</div>`;
  }
  const cells = row.cells.map((pieces, k) => {
    const lang = model.columns[k]!.lang;
    if (!pieces) return `<div class="cell missing" role="cell" lang="${lang}"><span class="none">no counterpart</span></div>`;
    return `<div class="cell" role="cell" lang="${lang}">${pieces.map((p) => renderPiece(p, lang, model, anchored)).join(' ')}</div>`;
  });
  return `<div class="row ${row.kind}" role="row">${cells.join('')}</div>`;
}

function renderPiece(p: Piece, lang: Lang, model: ReviewModel, anchored: Set<string>): string {
  const marks: Mark[] = [];
  for (const { flag, quote } of p.flags) {
    const spans = locate(p.text, quote) ?? [[0, p.text.length]];
    for (const [start, end] of spans) {
      const anchor = anchored.has(flag.id) ? undefined : `flag-${flag.id}`;
      if (anchor) anchored.add(flag.id);
      marks.push({ start, end, cls: `flag sev-${flag.severity}`, attrs: { 'data-flag': flag.id, title: `${flag.severity} · ${flag.kind}: ${flag.message}` }, ...(anchor ? { anchor } : {}) });
    }
  }
  for (const c of p.claims) {
    const at = p.text.indexOf(c.text);
    if (at >= 0) marks.push({ start: at, end: at + c.text.length, cls: 'claim', attrs: { title: claimTitle(c) } });
  }
  const inserts: Insert[] = p.refs.map((r) => {
    const note = model.footnoteText.get(`${lang}:${r.number}`) ?? '(no such footnote)';
    return { at: r.offset, html: `<sup class="fnref"><a href="#fn-${lang}-${r.number}" title="${escapeHtml(`${r.number}. ${note}`)}">${r.number}</a></sup>` };
  });
  const label = p.footnote !== undefined ? `<span class="fnnum">${p.footnote}</span> ` : '';
  return `<span class="piece" id="${p.id}">${label}${highlight(p.text, marks, inserts)}</span>`;
}

function claimTitle(c: Claim): string {
  const parts = [`${c.kind}: ${claimValueKey(c.value, '–')}`];
  if (c.unit) parts.push(`unit ${c.unit}`);
  if (c.qualifier) parts.push(c.qualifier);
  if (c.subject) parts.push(`of ${c.subject}`);
  return parts.join(' · ');
}

function renderFlagList(model: ReviewModel, anchored: Set<string>): string {
  const kinds = [...new Set(model.flags.map((f) => f.kind))].sort();
  const items = model.flags.map((f) => {
    const langs = [...new Set(f.where.map((w) => w.lang))].join(', ');
    const target = anchored.has(f.id) ? `href="#flag-${f.id}"` : 'aria-disabled="true"';
    return `<li data-kind="${f.kind}" data-severity="${f.severity}"><a class="flag-link sev-${f.severity}" ${target} data-flag="${f.id}"><span class="sev">${f.severity}</span> <span class="kind">${f.kind}</span> <span class="langs">${langs}</span><br>${escapeHtml(f.message)}</a></li>`;
  });
  const severityBoxes = SEVERITY_ORDER.map(
    (s) => `<label><input type="checkbox" name="severity" value="${s}" checked> ${s} (${model.flags.filter((f) => f.severity === s).length})</label>`,
  ).join(' ');
  const kindOptions = kinds.map((k) => `<option value="${k}">${k} (${model.flags.filter((f) => f.kind === k).length})</option>`).join('');
  return `<aside class="flags" aria-label="Flags">
<h2>Flags</h2>
<form id="flag-filter" role="search" aria-label="Filter flags">
<label for="kind-filter">Kind</label>
<select id="kind-filter" name="kind"><option value="">all kinds</option>${kindOptions}</select>
<fieldset><legend>Severity</legend>${severityBoxes}</fieldset>
</form>
<p id="flag-count" aria-live="polite">${model.flags.length} shown</p>
<ol id="flag-list">${items.join('\n')}</ol>
${model.flags.length ? '' : '<p>No flags.</p>'}
<p class="hint">Tab or ↑/↓ to move through the list, Enter to jump.</p>
</aside>`;
}
