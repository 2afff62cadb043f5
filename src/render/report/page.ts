// The page skeleton: one self-contained HTML document (no script, no external file), with print styles for A4.
import type { Lang } from '../../i18n/format.js';
import { FONT_STACK } from './charts.js';
import { esc } from './html.js';

const CSS = `
*{box-sizing:border-box}
html{font-family:${FONT_STACK};font-size:14px;line-height:1.55;color:#222;background:#fff}
body{margin:0}
main{max-width:1100px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:1.7rem;margin:0 0 .4em;line-height:1.3}
h2{font-size:1.35rem;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:2px solid #1a4d8f;color:#1a4d8f}
h3{font-size:1.1rem;margin:1.2em 0 .4em}
p{margin:.4em 0}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:.8em 0}
.meta dt{color:#555}.meta dd{margin:0;overflow-wrap:anywhere}
.banner{border:2px solid #c62828;background:#fdecea;color:#8e1c1c;padding:.6em .9em;margin:.8em 0;font-weight:bold}
.draft{border-left:4px solid #d98a00;background:#fff8e6;padding:.6em .9em;margin:.8em 0}
.draft .note{color:#8a5a00;font-size:.9em;font-weight:bold}
.draft p{margin:.35em 0}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.6em 0;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.3em .45em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef3fa;font-size:.9em;overflow-wrap:normal}
thead{display:table-header-group}
tr{break-inside:avoid}
td.num,th.num{text-align:right}
.counts col.c-name{width:34%}
.rules col.c-no{width:4%}.rules col.c-id{width:11%}.rules col.c-text{width:26%}.rules col.c-target{width:13%}.rules col.c-value{width:11%}
.rules col.c-proj{width:9%}.rules col.c-status{width:11%}.rules col.c-lead{width:15%}
td.rule-id{overflow-wrap:normal;word-break:normal;font-size:.9em}
.crit{display:block;color:#555;font-size:.85em}
.badge{display:inline-block;max-width:100%;padding:0 .35em;border-radius:3px;color:#fff;font-size:.85em;overflow-wrap:anywhere}
.pass{background:#2e7d32}.at-risk{background:#d98a00}.fail{background:#c62828}.no-data{background:#757575}.not-assessed{background:#5c6bc0}
.charts{display:flex;flex-wrap:wrap;gap:10px;margin:.6em 0}
figure{margin:0;border:1px solid #ddd;padding:6px;break-inside:avoid;page-break-inside:avoid;max-width:100%}
figcaption{font-size:.85rem;color:#333;margin-bottom:2px}
figure svg{display:block;max-width:100%;height:auto}
.status-chart svg{max-width:720px}
.muted{color:#666}
ul.units{margin:.3em 0 .3em 1.2em;padding:0}
footer{margin-top:2em;color:#666;font-size:.85em}
@page{size:A4;margin:14mm 12mm 16mm;@bottom-center{content:counter(page) " / " counter(pages);font-size:9pt;color:#666}}
@media print{
  html{font-size:11px}
  main{max-width:none;padding:0}
  section.domain{break-before:page}
  section.part{break-before:page}
  h2,h3{break-after:avoid}
  figure{width:calc(50% - 5px)}
  figure.wide{width:100%}
  .banner,.draft{break-inside:avoid}
}
`;

export function page(lang: Lang, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="plancheck">
<title>${esc(title)}</title>
<style>${CSS.trim()}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
