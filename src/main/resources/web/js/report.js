// 报告: one report's identity, sections, missing parts and findings (values side by side, reviewer
// decisions), next to the page viewer with the selected finding's numbers highlighted.
import {h, replace, num, when, SEVERITY_TEXT, DECISION_TEXT, showNotice} from './dom.js';
import {getJson, putJson, seg} from './api.js';
import {PageViewer} from './pageview.js';

export async function render(container, [sha], query, alive) {
  const base = 'api/reports/' + seg(sha);
  const [report, hl] = await Promise.all([
    getJson(base),
    getJson(base + '/highlights').catch(() => ({highlights: []})),
  ]);
  if (!alive()) return;
  const r = report.report || {};
  // Word reports without a LibreOffice rendering have estimated pages: shown as "约第N页".
  approx = r.pageBasis === 'estimated' ? '约' : '';
  const view = report.view || {images: false, pages: r.pages || 0, reason: '无法显示页面图像。'};
  // Without page images the stored text is shown; reports stored before texts were kept have none (404).
  const text = view.images ? null : await getJson(base + '/text').catch(() => null);
  if (!alive()) return;
  const findings = report.findings || [];
  const viewer = new PageViewer(base, view, report, hl.highlights || [], text);

  const cards = findings.map((f, i) => findingCard(base, f, i, select));
  function select(index) {
    cards.forEach((c, i) => c.classList.toggle('selected', i === index));
    viewer.showFinding(findings[index], index);
  }

  replace(container,
    h('div', {class: 'report-head'},
      h('h1', {id: 'report-title'}, r.title || report.originalName || report.file || '报告'),
      h('dl', {class: 'facts'},
        fact('部门', r.department), fact('地区', r.region), fact('年度', num(r.year)), fact('类型', r.kind),
        fact('规则方案', r.profile), fact('页数', r.pageBasis === 'estimated' ? '约 ' + num(r.pages) : num(r.pages)), fact('文件', report.originalName || report.file),
        fact('完整性', completeness(report.completeness)), r.ocr ? fact('识别', '扫描件（OCR）') : null),
      h('p', {class: 'links'},
        h('a', {href: base + '/original', class: 'button', id: 'download-original'}, '下载原件'),
        view.images ? h('a', {href: base + '/annotated.pdf', class: 'button', id: 'download-annotated'}, '下载批注版 PDF') : null)),
    h('div', {class: 'report-body'},
      h('div', {class: 'report-main'},
        h('h2', null, '问题（' + findings.length + '）'),
        findings.length ? h('ol', {class: 'findings', id: 'findings'}, cards)
          : h('p', {class: 'muted'}, '未发现数据不一致。'),
        h('h2', null, '缺少的部分（' + (report.missing || []).length + '）'),
        missingList(report.missing || []),
        h('h2', null, '章节'),
        sectionList(report.sections || [], viewer)),
      h('aside', {class: 'report-side'}, viewer.element)));

  const wanted = query.get('finding');
  const start = Math.max(0, findings.findIndex(f => f.id === wanted));
  if (findings.length) select(start);
  else viewer.showPage(1);
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

function sectionList(sections, viewer) {
  if (!sections.length) return h('p', {class: 'muted'}, '未识别出章节。');
  return h('ul', {class: 'sections', id: 'sections'}, sections.map(s => h('li', {class: 'level' + (s.level || 1)},
    h('span', null, (s.number || '') + (s.title || '')),
    s.canonical && s.canonical !== s.title ? h('span', {class: 'muted small'}, ' ［' + s.canonical + '］') : null,
    s.page ? h('a', {href: '', class: 'page-link small', onClick: e => { e.preventDefault(); viewer.showPage(s.page); }},
      ' ' + approx + '第' + s.page + '页') : null)));
}

function findingCard(base, f, index, select) {
  const state = h('span', {class: 'decision-state'});
  const comment = h('textarea', {class: 'comment', rows: 2, placeholder: '审核意见（可选）', maxlength: 2000});
  const showDecision = d => {
    const status = d && d.status && d.status !== 'open' ? d.status : 'open';
    state.textContent = DECISION_TEXT[status] + (d && d.comment ? '：' + d.comment : '') + (d && d.at ? '（' + when(d.at) + '）' : '');
    state.className = 'decision-state ' + status;
    card.dataset.decision = status;
  };
  const decide = async status => {
    try {
      const stored = await putJson(base + '/findings/' + seg(f.id) + '/decision', {status, comment: comment.value});
      f.decision = stored;
      showDecision(stored);
    } catch (e) {
      showNotice(e.message);
    }
  };
  const card = h('li', {class: 'finding ' + (f.severity || ''), 'data-finding': f.id, 'data-code': f.code,
    onClick: e => { if (!e.target.closest('button, textarea, a')) select(index); }},
    h('div', {class: 'finding-head'},
      h('span', {class: 'sev ' + (f.severity || '')}, SEVERITY_TEXT[f.severity] || f.severity || ''),
      h('span', {class: 'code', title: f.code || ''}, f.codeName || f.code)),
    h('p', {class: 'message'}, f.message),
    valuesTable(f),
    f.comparison ? h('p', {class: 'small muted comparison'}, f.comparison) : null,
    h('div', {class: 'decision'}, comment,
      h('div', {class: 'decision-buttons'},
        h('button', {type: 'button', class: 'confirm', onClick: () => decide('confirmed')}, '确认'),
        h('button', {type: 'button', class: 'dismiss', onClick: () => decide('dismissed')}, '不成立'),
        h('button', {type: 'button', class: 'reopen subtle', onClick: () => decide('open')}, '撤销'),
        state)));
  if (f.decision && f.decision.comment) comment.value = f.decision.comment;
  showDecision(f.decision);
  return card;
}

const SOURCE_TEXT = {table: '表格', text: '正文'};
/** "约" while the shown report's pages are estimates, else "". */
let approx = '';

function valuesTable(f) {
  const values = f.values || [];
  if (!values.length) return null;
  return h('table', {class: 'values'},
    h('thead', null, h('tr', null, ['项目', '数值', '来源', '页'].map(t => h('th', null, t)))),
    h('tbody', null, values.map(v => h('tr', {title: v.snippet || ''},
      h('td', null, v.label),
      h('td', {class: 'n value'}, withUnit(v)),
      h('td', null, SOURCE_TEXT[v.source] || v.source || ''),
      h('td', {class: 'n'}, v.page ? approx + num(v.page) : '')))));
}

/** "860.9 万元", "97.77%": percent-like units stick to the number as they are printed. */
function withUnit(v) {
  const unit = v.unit || '';
  return num(v.value) + (!unit || /^[%‰]/.test(unit) ? unit : ' ' + unit);
}
