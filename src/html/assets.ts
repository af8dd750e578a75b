// The report's inline CSS and script. Nothing is fetched: system fonts only, no images.

export const CSS = `
:root { --err:#ffc7ce; --err-b:#c00000; --warn:#ffeb9c; --warn-b:#9c6500; --info:#ddebf7; --info-b:#1f4e79; --line:#c8c8c8; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei","Source Han Sans SC",sans-serif; color: #222; background: #f6f7f9; }
header.top { background: #1f4e79; color: #fff; padding: 12px 24px; }
header.top h1 { margin: 0; font-size: 20px; }
header.top p { margin: 4px 0 0; opacity: .9; }
main { padding: 12px 24px 80px; max-width: 1600px; }
h2 { font-size: 18px; margin: 28px 0 6px; border-bottom: 2px solid #1f4e79; padding-bottom: 4px; word-break: break-all; }
h3 { font-size: 15px; margin: 18px 0 6px; }
table.overview, table.counts { border-collapse: collapse; background: #fff; margin: 8px 0; }
table.overview th, table.overview td, table.counts th, table.counts td { border: 1px solid var(--line); padding: 4px 10px; text-align: center; }
table.overview td.name { text-align: left; word-break: break-all; }
table.overview th, table.counts th { background: #d9e1f2; }
.n-error { color: var(--err-b); font-weight: bold; } .n-warning { color: var(--warn-b); font-weight: bold; }
.notes { color: #555; margin: 4px 0; padding-left: 20px; }
.unreadable { background: var(--err); padding: 8px 12px; border-left: 4px solid var(--err-b); }
.group { background: #fff; border: 1px solid var(--line); border-radius: 4px; margin: 8px 0; padding: 6px 12px; }
.group h4 { margin: 2px 0 4px; font-size: 14px; }
.group h4 .count { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 9px; background: #eee; padding: 0 6px; margin-left: 6px; }
.group.empty { color: #777; padding: 2px 12px; }
.group.empty h4 { margin: 0; font-weight: normal; }
ol.findings { margin: 0; padding-left: 24px; }
ol.findings li { margin: 3px 0; }
.sev { display: inline-block; font-size: 12px; padding: 0 5px; border-radius: 3px; margin-right: 4px; }
.sev.error { background: var(--err); color: var(--err-b); } .sev.warning { background: var(--warn); color: var(--warn-b); } .sev.info { background: var(--info); color: var(--info-b); }
.hint { color: #555; font-size: 13px; }
.rule { color: #888; font-size: 12px; font-family: ui-monospace,Consolas,monospace; }
a.loc { font-family: ui-monospace,Consolas,monospace; margin-right: 6px; }
.sheet-wrap { overflow: auto; max-height: 75vh; background: #fff; border: 1px solid var(--line); }
table.grid { border-collapse: collapse; font-size: 13px; }
table.grid td, table.grid th { border: 1px solid var(--line); padding: 3px 5px; vertical-align: top; }
table.grid td { white-space: pre-wrap; word-break: break-word; min-width: 3em; max-width: 22em; }
table.grid thead th { position: sticky; top: 0; background: #eef1f5; z-index: 2; font-weight: normal; color: #555; }
table.grid th.rn { position: sticky; left: 0; background: #eef1f5; z-index: 1; color: #555; font-weight: normal; text-align: right; }
table.grid thead th.corner { left: 0; z-index: 3; }
table.grid tr.hidden-row td, table.grid td.hidden-col { color: #999; background: repeating-linear-gradient(45deg,#fafafa,#fafafa 4px,#f0f0f0 4px,#f0f0f0 8px); }
td.f { cursor: pointer; outline-offset: -2px; }
td.f.error { background: var(--err); } td.f.warning { background: var(--warn); } td.f.info { background: var(--info); }
td.f.selected { outline: 3px solid #1f4e79; }
.truncated { color: var(--warn-b); }
#panel { position: fixed; right: 16px; bottom: 16px; width: min(440px, 90vw); max-height: 50vh; overflow: auto; background: #fff; border: 1px solid #888; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 10px 14px; z-index: 10; }
#panel[hidden] { display: none; }
#panel .where { font-weight: bold; margin-bottom: 6px; }
#panel .item { border-top: 1px solid #eee; padding: 6px 0; }
#panel button { float: right; border: 0; background: none; font-size: 18px; cursor: pointer; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  header.top { background: #fff; color: #000; border-bottom: 2px solid #000; padding: 0 0 6px; }
  main { padding: 0; max-width: none; }
  #panel { display: none !important; }
  .sheet-wrap { max-height: none; overflow: visible; border: 0; }
  table.grid { font-size: 8pt; width: 100%; }
  table.grid td { max-width: none; }
  table.grid thead th, table.grid th.rn { position: static; }
  table.grid tr { break-inside: avoid; }
  section.file { break-before: page; }
  section.file:first-of-type { break-before: auto; }
  td.f, .sev, .unreadable { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;

// Builds the panel with textContent only: finding text never becomes markup.
export const SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('cc-findings').textContent);
  var words = JSON.parse(document.getElementById('cc-words').textContent);
  var panel = document.getElementById('panel');
  var selected = null, pinned = false;
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function show(td, pin) {
    if (selected) selected.classList.remove('selected');
    selected = td; pinned = !!pin; td.classList.add('selected');
    panel.textContent = '';
    var close = el('button', null, '×'); close.setAttribute('aria-label', words.close); close.onclick = hide; panel.appendChild(close);
    panel.appendChild(el('div', 'where', td.getAttribute('data-where')));
    td.getAttribute('data-f').split(' ').forEach(function (i) {
      var f = data[Number(i)]; var box = el('div', 'item');
      box.appendChild(el('span', 'sev ' + f.severity, words.severity[f.severity]));
      box.appendChild(el('span', 'msg', f.message));
      if (f.hint) box.appendChild(el('div', 'hint', words.fix + f.hint));
      box.appendChild(el('div', 'rule', f.ruleId));
      panel.appendChild(box);
    });
    panel.hidden = false;
  }
  function hide() { panel.hidden = true; pinned = false; if (selected) selected.classList.remove('selected'); selected = null; }
  document.addEventListener('click', function (e) {
    var link = e.target.closest('a[data-cell]');
    if (link) {
      var target = document.getElementById(link.getAttribute('data-cell'));
      if (target) { e.preventDefault(); target.scrollIntoView({ block: 'center', inline: 'center' }); show(target, true); target.focus({ preventScroll: true }); }
      return;
    }
    var td = e.target.closest('td.f');
    if (td) show(td, true); else if (!e.target.closest('#panel')) hide();
  });
  document.addEventListener('mouseover', function (e) { var td = e.target.closest && e.target.closest('td.f'); if (td && !pinned) show(td, false); });
  document.addEventListener('mouseout', function (e) { var td = e.target.closest && e.target.closest('td.f'); if (td && !pinned && !td.contains(e.relatedTarget)) hide(); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
    if ((e.key === 'Enter' || e.key === ' ') && e.target.matches && e.target.matches('td.f')) { e.preventDefault(); show(e.target, true); }
  });
})();
`;
