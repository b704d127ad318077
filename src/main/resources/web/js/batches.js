// 批次: the batch list, and one batch's dashboard (a row per report; sortable, filterable,
// refreshed while files are still queued or processing).
import {h, replace, num, when, STATUS_TEXT} from './dom.js';
import {getJson, seg} from './api.js';

const REFRESH_MS = 1500;

export async function renderList(container, params, query, alive) {
  const body = h('tbody');
  const table = h('table', {class: 'grid', id: 'batch-list'},
    h('thead', null, h('tr', null, ['批次', '创建时间', '文件数', '排队', '处理中', '完成', '失败', '有错误', '缺少部分', '审核进度']
      .map(t => h('th', null, t)))),
    body);
  replace(container, h('h1', null, '批次'), h('div', {class: 'scroll-x'}, table));
  let timer = null;
  const load = async () => {
    const data = await getJson('api/batches');
    if (!alive()) return;
    const batches = data.batches || [];
    replace(body, batches.length ? batches.map(b => h('tr', null,
      h('td', null, h('a', {href: '#/batches/' + seg(b.batch)}, b.name || b.batch)),
      h('td', null, when(b.created)),
      h('td', {class: 'n'}, num(b.total)),
      h('td', {class: 'n'}, num(b.queued)),
      h('td', {class: 'n'}, num(b.processing)),
      h('td', {class: 'n'}, num(b.ok)),
      h('td', {class: 'n' + (b.failed ? ' bad' : '')}, num(b.failed)),
      h('td', {class: 'n' + (b.totals && b.totals.withErrors ? ' bad' : '')}, num(b.totals && b.totals.withErrors)),
      h('td', {class: 'n'}, num(b.totals && b.totals.withMissing)),
      h('td', {class: 'n'}, progress(b.totals)))) :
      h('tr', null, h('td', {colspan: 10, class: 'muted'}, '还没有批次。请先上传报告。')));
    if (batches.some(b => b.queued || b.processing)) timer = setTimeout(retrying(load), REFRESH_MS);
  };
  await load();
  return () => clearTimeout(timer);
}

/** "3/10" findings reviewed, or "" when there is nothing to review. */
function progress(t) {
  return t && t.findings ? num(t.reviewed) + '/' + num(t.findings) : '';
}

/** The batch's totals as one line a head of department reads. */
function totalsLine(t) {
  if (!t) return '';
  return '共 ' + num(t.reports) + ' 份报告：完成 ' + num(t.ok) + '，失败 ' + num(t.failed)
    + (t.pending ? '，处理中 ' + num(t.pending) : '')
    + '；有错误的 ' + num(t.withErrors) + ' 份（错误 ' + num(t.errors) + ' 个，警告 ' + num(t.warnings) + ' 个）'
    + '；缺少章节或附表的 ' + num(t.withMissing) + ' 份'
    + '；问题已审核 ' + num(t.reviewed) + '，未审核 ' + num(t.unreviewed)
    + (t.duplicates ? '；重复提交 ' + num(t.duplicates) : '') + (t.superseded ? '；已被新版本替代 ' + num(t.superseded) : '') + (t.ocr ? '；扫描件 ' + num(t.ocr) : '') + '。';
}

/** A refresh that, when the server does not answer, tries again later instead of giving up. */
function retrying(load) {
  const run = () => load().catch(() => setTimeout(run, REFRESH_MS * 4));
  return run;
}

/** Columns of the dashboard: header text, sort key, cell builder. */
const COLUMNS = [
  {title: '文件', key: f => f.name || '', cell: (f, batch) => fileCell(f, batch)},
  {title: '部门', key: f => f.department || '', cell: f => f.department || ''},
  {title: '年度', key: f => f.year ?? -1, cell: f => num(f.year)},
  {title: '类型', key: f => f.kind || '', cell: f => f.kind || ''},
  {title: '完整性得分', key: f => completenessValue(f), cell: f => completenessText(f), cls: 'n'},
  {title: '错误', key: f => f.errors ?? -1, cell: f => num(f.errors), cls: 'n', bad: f => f.errors > 0},
  {title: '警告', key: f => f.warnings ?? -1, cell: f => num(f.warnings), cls: 'n'},
  {title: '缺少部分', key: f => f.missing ?? -1, cell: f => num(f.missing), cls: 'n', bad: f => f.missing > 0},
  {title: '审核', key: f => f.findings ? (f.reviewed || 0) / f.findings : -1,
    cell: f => f.findings ? num(f.reviewed || 0) + '/' + num(f.findings) : '', cls: 'n'},
  {title: '状态', key: f => f.status || '', cell: f => statusCell(f)},
];

function completenessValue(f) {
  const c = f.completeness;
  if (!c) return -1;
  const max = (c.bodyMax || 0) + (c.attachmentsMax || 0);
  return max ? ((c.body || 0) + (c.attachments || 0)) / max : -1;
}

function completenessText(f) {
  const c = f.completeness;
  if (!c) return '';
  return num((c.body || 0) + (c.attachments || 0)) + ' / ' + num((c.bodyMax || 0) + (c.attachmentsMax || 0))
    + '（正文 ' + num(c.body) + '/' + num(c.bodyMax) + '，附件 ' + num(c.attachments) + '/' + num(c.attachmentsMax) + '）';
}

function fileCell(f, batch) {
  const label = f.name || f.id;
  // The batch id travels with the report so its page can link back and to the neighbours (n/p).
  const link = f.status === 'ok' && f.sha256
    ? h('a', {href: '#/reports/' + seg(f.sha256) + '?batch=' + encodeURIComponent(batch), class: 'report-link'}, label)
    : h('span', null, label);
  const marks = [f.duplicateOf ? '重复提交' : null, f.superseded ? '已被新版本替代' : null, f.ocr ? '扫描件' : null].filter(Boolean);
  return [link, marks.map(m => h('span', {class: 'tag small'}, m)),
    f.title ? h('div', {class: 'muted small'}, f.title) : null];
}

function statusCell(f) {
  const text = STATUS_TEXT[f.status] || f.status || '';
  return [h('span', {class: 'status ' + (f.status || '')}, text),
    f.error ? h('div', {class: 'error-text small'}, f.error.message || f.error.code) : null];
}

export async function renderBatch(container, [id], query, alive) {
  const state = {sort: 0, dir: 1, text: '', status: '', errorsOnly: false, files: []};
  const heading = h('h1', null, '批次');
  const meta = h('p', {class: 'muted'});
  const totals = h('p', {class: 'totals', id: 'batch-totals'});
  const head = h('tr');
  const body = h('tbody');
  const counts = h('span', {class: 'muted', id: 'row-count'});
  const filter = h('input', {type: 'search', id: 'filter-text', placeholder: '筛选：文件名、部门、标题…'});
  const statusSel = h('select', {id: 'filter-status'}, h('option', {value: ''}, '全部状态'),
    Object.entries(STATUS_TEXT).map(([v, t]) => h('option', {value: v}, t)));
  const errorsOnly = h('input', {type: 'checkbox', id: 'filter-errors'});
  const exportLink = h('a', {href: 'api/batches/' + seg(id) + '/export.xlsx', class: 'button', id: 'export-xlsx', download: ''}, '导出 Excel');

  const sortBy = i => {
    state.dir = state.sort === i ? -state.dir : 1;
    state.sort = i;
    draw();
    head.children[i].focus();
  };
  const drawHead = () => replace(head, COLUMNS.map((c, i) => h('th', {
    class: 'sortable' + (state.sort === i ? (state.dir > 0 ? ' asc' : ' desc') : ''),
    'aria-sort': state.sort === i ? (state.dir > 0 ? 'ascending' : 'descending') : 'none',
    tabindex: 0, scope: 'col',
    onClick: () => sortBy(i),
    onKeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(i); } },
  }, c.title)));

  const visible = () => {
    const text = state.text.toLowerCase();
    return state.files.filter(f =>
      (!state.status || f.status === state.status)
      && (!state.errorsOnly || f.errors > 0)
      && (!text || [f.name, f.department, f.region, f.title, f.kind, String(f.year ?? '')]
        .some(v => v && String(v).toLowerCase().includes(text))));
  };

  const draw = () => {
    drawHead();
    const col = COLUMNS[state.sort];
    const rows = visible().slice().sort((a, b) => {
      const x = col.key(a), y = col.key(b);
      return (x < y ? -1 : x > y ? 1 : 0) * state.dir;
    });
    replace(body, rows.length ? rows.map(f => h('tr', {'data-file': f.id, 'data-status': f.status || ''},
      COLUMNS.map(c => h('td', {class: [c.cls, c.bad && c.bad(f) ? 'bad' : null].filter(Boolean).join(' ') || null}, c.cell(f, id))))) :
      h('tr', null, h('td', {colspan: COLUMNS.length, class: 'muted'}, state.files.length ? '没有符合筛选条件的报告。' : '此批次没有文件。')));
    counts.textContent = '显示 ' + rows.length + ' / ' + state.files.length + ' 个文件';
  };

  filter.addEventListener('input', () => { state.text = filter.value.trim(); draw(); });
  statusSel.addEventListener('change', () => { state.status = statusSel.value; draw(); });
  errorsOnly.addEventListener('change', () => { state.errorsOnly = errorsOnly.checked; draw(); });

  replace(container, heading, meta, totals,
    h('div', {class: 'toolbar'}, filter, statusSel,
      h('label', null, errorsOnly, ' 只看有错误的'), counts, exportLink),
    h('div', {class: 'scroll-x'}, h('table', {class: 'grid', id: 'dashboard'}, h('thead', null, head), body)));

  let timer = null;
  const load = async () => {
    const batch = await getJson('api/batches/' + seg(id));
    if (!alive()) return;
    state.files = batch.files || [];
    heading.textContent = '批次：' + (batch.name || batch.batch);
    const pending = state.files.filter(f => f.status === 'queued' || f.status === 'processing').length;
    meta.textContent = '创建于 ' + when(batch.created) + '，共 ' + state.files.length + ' 个文件'
      + (pending ? '，' + pending + ' 个正在处理（自动刷新）' : '，全部处理完毕');
    totals.textContent = totalsLine(batch.totals);
    draw();
    if (pending) timer = setTimeout(retrying(load), REFRESH_MS);
  };
  await load();
  return () => clearTimeout(timer);
}
