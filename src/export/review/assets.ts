/**
 * The review page's inline style and script. Colours keep text at a contrast
 * of at least 7:1 (dark text on light marks); sizes are in rem, so the page
 * reflows at 200% zoom; rows use content-visibility so long statements stay
 * responsive (the browser lays out only what is on screen).
 */

export const REVIEW_CSS = `
table.data{border-collapse:collapse;width:100%;font-size:.9em}table.data th,table.data td{border:1px solid #bbb;padding:.2em .4em;text-align:left;vertical-align:top;word-break:normal;overflow-wrap:normal}table.data caption{text-align:left;font-style:italic;padding-bottom:.3em}
:root { --fg:#1a1a1a; --muted:#4a4a4a; --line:#c8c8c8; --bg:#fff;
  --err-bg:#ffd9d6; --err:#8c1d18; --warn-bg:#fff0c2; --warn:#6b4500; --info-bg:#dde8fb; --info:#173a8a; --focus:#0b57d0; }
* { box-sizing: border-box; }
body { margin:0; font: 1rem/1.5 "DejaVu Sans", "Noto Sans", system-ui, sans-serif; color:var(--fg); background:var(--bg); }
header.top { padding: .75rem 1rem; border-bottom: 1px solid var(--line); }
header.top h1 { font-size: 1.25rem; margin: 0 0 .25rem; }
header.top p { margin: 0; color: var(--muted); }
.layout { display: flex; align-items: flex-start; }
.grid { flex: 1 1 auto; min-width: 0; }
.row { display: grid; grid-template-columns: repeat(var(--cols), minmax(0, 1fr)); border-bottom: 1px solid var(--line);
  content-visibility: auto; contain-intrinsic-size: auto 6rem; }
.row.head { position: sticky; top: 0; background: #f4f4f4; z-index: 2; content-visibility: visible; }
.cell { padding: .4rem .6rem; border-right: 1px solid var(--line); overflow-wrap: anywhere; }
.cell.missing { background: #f6f6f6; }
.none { color: var(--muted); font-style: italic; font-size: .875rem; }
.colhead .src { font-size: .8rem; color: var(--muted); overflow-wrap: anywhere; }
.badge { font-size: .75rem; border: 1px solid var(--fg); border-radius: .25rem; padding: 0 .25rem; }
.row.heading { background: #eef1f5; font-weight: bold; }
.row.heading.h1 { font-size: 1.1rem; }
.row.footnote { font-size: .9rem; }
.fnnum { font-weight: bold; }
.fnref a { color: var(--focus); text-decoration: none; padding: 0 .1rem; }
mark { color: inherit; background: none; }
mark.claim { text-decoration: underline dotted 2px; text-underline-offset: .2em; cursor: help; }
mark.flag { border-radius: .15rem; padding: 0 .05rem; }
mark.flag.sev-error { background: var(--err-bg); box-shadow: inset 0 -2px 0 var(--err); }
mark.flag.sev-warning { background: var(--warn-bg); box-shadow: inset 0 -2px 0 var(--warn); }
mark.flag.sev-info { background: var(--info-bg); box-shadow: inset 0 -2px 0 var(--info); }
mark.flag.active { outline: 3px solid var(--focus); outline-offset: 1px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
aside.flags { flex: 0 0 22rem; max-width: 40%; position: sticky; top: 0; max-height: 100vh; overflow: auto;
  border-left: 1px solid var(--line); padding: .5rem .75rem; background: #fafafa; }
aside.flags h2 { font-size: 1.1rem; margin: .25rem 0 .5rem; }
aside fieldset { border: 1px solid var(--line); margin: .5rem 0; padding: .25rem .5rem; }
aside select { font: inherit; max-width: 100%; }
#flag-list { list-style: none; margin: 0; padding: 0; }
#flag-list li { margin: 0 0 .35rem; }
.flag-link { display: block; padding: .35rem .5rem; border-radius: .25rem; color: var(--fg); text-decoration: none; border-left: .35rem solid; }
.flag-link.sev-error { border-color: var(--err); background: var(--err-bg); }
.flag-link.sev-warning { border-color: var(--warn); background: var(--warn-bg); }
.flag-link.sev-info { border-color: var(--info); background: var(--info-bg); }
.flag-link[aria-current="true"] { outline: 3px solid var(--focus); }
.flag-link .sev { font-weight: bold; text-transform: uppercase; font-size: .8rem; }
.flag-link .kind { font-weight: bold; }
.flag-link .langs { color: var(--muted); font-size: .85rem; }
.hint { color: var(--muted); font-size: .85rem; }
@media (max-width: 60rem) { .layout { flex-direction: column-reverse; align-items: stretch; } .grid { width: 100%; }
  aside.flags { position: static; max-width: none; width: 100%; max-height: 45vh; border-left: 0; border-bottom: 1px solid var(--line); } }
`;

/** Filtering, jumping to a flag's place, keyboard movement through the list. */
export const REVIEW_SCRIPT = `
(function () {
  var list = document.getElementById('flag-list');
  var kind = document.getElementById('kind-filter');
  var count = document.getElementById('flag-count');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#flag-filter input[name=severity]'));
  function visibleLinks() {
    return Array.prototype.slice.call(list.querySelectorAll('li:not([hidden]) a.flag-link'));
  }
  function filter() {
    var sev = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var shown = 0;
    Array.prototype.forEach.call(list.children, function (li) {
      var ok = (!kind.value || li.dataset.kind === kind.value) && sev.indexOf(li.dataset.severity) >= 0;
      li.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' shown';
  }
  function activate(id, link) {
    Array.prototype.forEach.call(document.querySelectorAll('mark.flag.active'), function (m) { m.classList.remove('active'); });
    Array.prototype.forEach.call(document.querySelectorAll('mark.flag[data-flag="' + id + '"]'), function (m) { m.classList.add('active'); });
    Array.prototype.forEach.call(list.querySelectorAll('[aria-current]'), function (a) { a.removeAttribute('aria-current'); });
    if (link) link.setAttribute('aria-current', 'true');
    var target = document.getElementById('flag-' + id);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    }
  }
  kind.addEventListener('change', filter);
  boxes.forEach(function (b) { b.addEventListener('change', filter); });
  list.addEventListener('click', function (e) {
    var a = e.target.closest('a.flag-link');
    if (!a || !a.getAttribute('href')) return;
    e.preventDefault();
    history.replaceState(null, '', a.getAttribute('href'));
    activate(a.dataset.flag, a);
  });
  list.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    var links = visibleLinks();
    var i = links.indexOf(document.activeElement);
    var next = links[e.key === 'ArrowDown' ? Math.min(links.length - 1, i + 1) : Math.max(0, i - 1)];
    if (next) { e.preventDefault(); next.focus(); }
  });
  if (location.hash.indexOf('#flag-') === 0) {
    var id = location.hash.slice(6);
    activate(id, list.querySelector('a[data-flag="' + id + '"]'));
  }
})();
`;
