// 报告: one report's identity, sections, missing parts and findings (grouped by severity, values
// side by side, reviewer decisions), next to the page viewer with the selected finding's numbers
// highlighted. Reached from a batch (#/reports/{sha}?batch={id}), it links back and to neighbours.
import {h, replace, num, SEVERITY_TEXT, showNotice} from './dom.js';
import {getJson, seg} from './api.js';
import {PageViewer} from './pageview.js';
import {findingCard, setApprox} from './cards.js';
import {reviewKeys} from './keys.js';

const SEVERITIES = ['error', 'warning', 'info'];

export async function render(container, [sha], query, alive) {
  const base = 'api/reports/' + seg(sha);
  const batchId = query.get('batch');
  const [report, hl, batch] = await Promise.all([
    getJson(base),
    getJson(base + '/highlights').catch(() => ({highlights: []})),
    batchId ? getJson('api/batches/' + seg(batchId)).catch(() => null) : null,
  ]);
  if (!alive()) return;
  const r = report.report || {};
  // Word reports without a LibreOffice rendering have estimated pages: shown as "约第N页".
  const approx = r.pageBasis === 'estimated' ? '约' : '';
  setApprox(approx);
  const view = report.view || {images: false, pages: r.pages || 0, reason: '无法显示页面图像。'};
  // Without page images the stored text is shown; reports stored before texts were kept have none (404).
  const text = view.images ? null : await getJson(base + '/text').catch(() => null);
  if (!alive()) return;
  const findings = report.findings || [];
  const viewer = new PageViewer(base, view, report, hl.highlights || [], text);

  let current = -1;
  const cards = findings.map((f, i) => findingCard(base, f, viewer, () => select(i)));
  function select(index, focus) {
    current = index;
    cards.forEach((c, i) => c.classList.toggle('selected', i === index));
    viewer.showFinding(findings[index], index);
    if (focus) {
      cards[index].focus({preventScroll: true});
      cards[index].scrollIntoView({block: 'nearest'});
    }
  }

  // Severity filter: hidden cards are skipped by j/k and the group shows how many are hidden.
  const shown = new Set(SEVERITIES);
  const groups = SEVERITIES.map(sev => {
    const members = cards.filter((c, i) => (findings[i].severity || 'info') === sev);
    return members.length ? h('section', {class: 'finding-group', 'data-severity': sev},
      h('h3', null, SEVERITY_TEXT[sev] + '（' + members.length + '）'),
      h('ol', {class: 'findings'}, members)) : null;
  }).filter(Boolean);
  const filter = h('fieldset', {class: 'severity-filter', id: 'severity-filter'},
    h('legend', {class: 'visually-hidden'}, '按严重程度筛选'),
    SEVERITIES.map(sev => h('label', {class: 'check'},
      h('input', {type: 'checkbox', value: sev, checked: true, 'data-severity': sev, onChange: e => {
        if (e.target.checked) shown.add(sev); else shown.delete(sev);
        groups.forEach(g => { g.hidden = !shown.has(g.dataset.severity); });
      }}), ' ' + SEVERITY_TEXT[sev] + '（' + findings.filter(f => (f.severity || 'info') === sev).length + '）')));
  // In the order shown: errors, then warnings, then info, each in the report's order.
  const visible = () => SEVERITIES.filter(sev => shown.has(sev))
    .flatMap(sev => findings.map((f, i) => i).filter(i => (findings[i].severity || 'info') === sev));

  const nav = neighbours(batch, sha, batchId);
  replace(container,
    h('div', {class: 'report-head'},
      h('p', {class: 'crumbs'},
        h('a', {href: batchId ? '#/batches/' + seg(batchId) : '#/batches', id: 'back-to-batch'},
          '← 返回' + (batch ? '批次：' + (batch.name || batch.batch) : '批次列表')),
        nav ? [' ',
          nav.prev ? h('a', {href: nav.prev, id: 'report-prev', class: 'button subtle'}, '上一份 (p)') : null, ' ',
          h('span', {class: 'muted small', id: 'report-position'}, '第 ' + nav.position + ' / ' + nav.count + ' 份'), ' ',
          nav.next ? h('a', {href: nav.next, id: 'report-next', class: 'button subtle'}, '下一份 (n)') : null] : null),
      h('h1', {id: 'report-title'}, r.title || report.originalName || report.file || '报告'),
      h('dl', {class: 'facts'},
        fact('部门', r.department), fact('地区', r.region), fact('年度', num(r.year)), fact('类型', r.kind),
        fact('页数', approx ? '约 ' + num(r.pages) : num(r.pages)), fact('文件', report.originalName || report.file),
        fact('完整性', completeness(report.completeness)), r.ocr ? fact('识别', '扫描件（OCR）') : null),
      h('p', {class: 'links'},
        h('a', {href: base + '/original', class: 'button', id: 'download-original'}, '下载原件'),
        view.images ? h('a', {href: base + '/annotated.pdf', class: 'button', id: 'download-annotated'}, '下载批注版 PDF') : null)),
    h('div', {class: 'report-body'},
      h('div', {class: 'report-main'},
        h('h2', null, '问题（' + findings.length + '）'),
        findings.length ? [filter,
          h('p', {class: 'muted small keys-help'}, '键盘：j/k 或 ↓/↑ 上下一个问题，c 确认，d 不成立，n/p 下一份/上一份报告，/ 检索'),
          h('div', {id: 'findings'}, groups)]
          : h('p', {class: 'muted'}, '未发现数据不一致。'),
        h('h2', null, '缺少的部分（' + (report.missing || []).length + '）'),
        missingList(report.missing || []),
        h('h2', null, '章节'),
        sectionList(report.sections || [], viewer, approx)),
      h('aside', {class: 'report-side'}, viewer.element)));

  const wanted = query.get('finding');
  const start = findings.findIndex(f => f.id === wanted);
  const first = visible()[0];
  if (start >= 0) select(start, true);
  else if (first !== undefined) select(first, true);
  else viewer.showPage(1);

  return reviewKeys({
    move: step => {
      const order = visible();
      if (!order.length) return;
      const at = order.indexOf(current);
      const next = at < 0 ? order[0] : order[Math.min(order.length - 1, Math.max(0, at + step))];
      select(next, true);
    },
    decide: status => {
      const card = cards[current];
      const button = card && visible().includes(current) && card.querySelector(status === 'confirmed' ? 'button.confirm' : 'button.dismiss');
      if (button) button.click();
      else if (card) showNotice('提示类问题不需要确认或判为不成立。', 'info');
    },
    go: which => { if (nav && nav[which]) location.hash = nav[which]; },
  });
}

/** Previous/next processed report of the batch, in the batch's file order; null outside a batch. */
function neighbours(batch, sha, batchId) {
  if (!batch) return null;
  const reports = (batch.files || []).filter(f => f.status === 'ok' && f.sha256)
    .filter((f, i, all) => all.findIndex(g => g.sha256 === f.sha256) === i);
  const at = reports.findIndex(f => f.sha256 === sha);
  if (at < 0) return null;
  const link = f => f ? '#/reports/' + seg(f.sha256) + '?batch=' + encodeURIComponent(batchId) : null;
  return {prev: link(reports[at - 1]), next: link(reports[at + 1]), position: at + 1, count: reports.length};
}

function fact(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return [h('dt', null, label), h('dd', null, value)];
}

function completeness(c) {
  if (!c) return '';
  return '正文 ' + num(c.body) + '/' + num(c.bodyMax) + '，附件 ' + num(c.attachments) + '/' + num(c.attachmentsMax);
}

function missingList(missing) {
  if (!missing.length) return h('p', {class: 'muted'}, '必备章节和附表齐全。');
  return h('ul', {class: 'missing', id: 'missing'}, missing.map(m =>
    h('li', null, h('span', {class: 'tag'}, m.kind === 'attachment' ? '附表' : '章节'), ' ', m.canonical)));
}

function sectionList(sections, viewer, approx) {
  if (!sections.length) return h('p', {class: 'muted'}, '未识别出章节。');
  return h('ul', {class: 'sections', id: 'sections'}, sections.map(s => h('li', {class: 'level' + (s.level || 1)},
    h('span', null, (s.number || '') + (s.title || '')),
    s.canonical && s.canonical !== s.title ? h('span', {class: 'muted small'}, ' ［' + s.canonical + '］') : null,
    s.page ? h('a', {href: '', class: 'page-link small', onClick: e => { e.preventDefault(); viewer.showPage(s.page); }},
      ' ' + approx + '第' + s.page + '页') : null)));
}
