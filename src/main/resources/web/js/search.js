// 检索: full text with filters, figure conditions and facets. The search state lives in the hash
// (#/search?q=…&department=…&figure=…), so a search can be bookmarked, reloaded and sent on.
import {h, replace, num, snippet, SEVERITY_TEXT} from './dom.js';
import {getJson, seg} from './api.js';

/** Chinese names of the finding codes (config/finding-codes.yaml, served as finding-codes.json). */
let codeNames = null;
async function names() {
  if (!codeNames) codeNames = await getJson('finding-codes.json').catch(() => ({}));
  return codeNames;
}

const PAGE = 20;
const FILTERS = [
  {key: 'department', label: '部门'},
  {key: 'year', label: '年度'},
  {key: 'region', label: '地区'},
  {key: 'kind', label: '类型'},
  {key: 'finding', label: '问题代码'},
];

export async function render(container, params, query, alive) {
  const hasQuery = [...query.keys()].length > 0;
  const api = new URLSearchParams(query);
  api.set('limit', String(PAGE));
  // Without a query the facets still name the codes the index holds, for the 问题代码 choice.
  const [codes, data] = await Promise.all([names(),
    getJson('api/search?' + (hasQuery ? api.toString() : 'limit=0')).catch(e => {
      if (hasQuery) throw e;
      return {facets: {}};
    })]);
  if (!alive()) return;
  const facetsOf = data.facets || {};
  const field = (key, label, attrs = {}) => h('label', {class: 'field'}, h('span', null, label),
    key === 'finding' ? codeSelect(facetsOf.finding || [], codes, query.get('finding'))
      : h('input', {name: key, id: 'search-' + key, value: query.get(key) || '', ...attrs}));
  const severity = h('select', {name: 'severity', id: 'search-severity'}, h('option', {value: ''}, '全部'),
    Object.entries(SEVERITY_TEXT).map(([v, t]) => h('option', {value: v, selected: query.get('severity') === v}, t)));
  const figures = h('textarea', {name: 'figure', id: 'search-figure', rows: 2,
    placeholder: '每行一个，例如：预算执行率<90%', value: query.getAll('figure').join('\n')});
  const allVersions = h('input', {type: 'checkbox', name: 'allVersions', id: 'search-allVersions',
    checked: query.get('allVersions') === 'true'});
  const form = h('form', {class: 'search-form', id: 'search-form'},
    h('div', {class: 'search-main'},
      h('input', {type: 'search', name: 'q', id: 'search-q', value: query.get('q') || '',
        placeholder: '输入关键词，例如：专精特新、君山区、预算执行率', 'aria-label': '关键词'}),
      h('button', {type: 'submit', id: 'search-submit'}, '检索')),
    h('div', {class: 'search-filters'},
      FILTERS.map(f => field(f.key, f.label, f.key === 'year' ? {inputmode: 'numeric'} : {})),
      h('label', {class: 'field'}, h('span', null, '严重程度'), severity),
      h('label', {class: 'field wide'}, h('span', null, '指标条件'), figures),
      h('label', {class: 'check'}, allVersions, ' 包括被新版本替代的报告')));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = new URLSearchParams();
    const data = new FormData(form);
    for (const key of ['q', ...FILTERS.map(f => f.key), 'severity']) {
      const v = String(data.get(key) || '').trim();
      if (v) next.set(key, v);
    }
    figures.value.split('\n').map(s => s.trim()).filter(Boolean).forEach(s => next.append('figure', s));
    if (allVersions.checked) next.set('allVersions', 'true');
    go(next);
  });

  const results = h('div', {class: 'search-results', id: 'search-results'});
  const facets = h('div', {class: 'facet-list'});
  // A <details>: beside the results on a wide screen, folded above them on a phone.
  const facetBox = h('details', {class: 'facets', id: 'facets', open: !matchMedia('(max-width: 700px)').matches},
    h('summary', null, '分类统计'), facets);
  replace(container, h('h1', null, '检索'), form, h('div', {class: 'search-body'}, facetBox, results));

  if (!hasQuery) {
    replace(results, h('p', {class: 'muted'}, '输入关键词或条件后检索。'));
    document.getElementById('search-q').focus();
    return;
  }
  drawFacets(facets, facetsOf, query, codes, data.facets_other || {});
  drawHits(results, data, query);
}

/** 问题代码: the codes the facets return, shown by Chinese name; the code itself is sent. */
function codeSelect(facet, codes, current) {
  const values = facet.map(f => String(f.value));
  if (current && !values.includes(current)) values.push(current);
  return h('select', {name: 'finding', id: 'search-finding'}, h('option', {value: ''}, '全部'),
    values.map(code => {
      const entry = facet.find(f => String(f.value) === code);
      return h('option', {value: code, selected: code === current},
        (entry && entry.codeName) || codes[code] || code);
    }));
}

function go(params) {
  location.hash = '#/search?' + params.toString();
}

function drawFacets(el, facets, query, codes, other) {
  const groups = [...FILTERS].filter(f => (facets[f.key] || []).length);
  replace(el, groups.map(f => h('section', {class: 'facet', 'data-facet': f.key},
    h('h3', null, f.label),
    // A facet lists its most frequent values; the rest are one count (narrow the search to see them).
    other[f.key] ? h('p', {class: 'facet-other'}, '其余取值共 ' + num(other[f.key]) + ' 份') : null,
    h('ul', null, facets[f.key].map(({value, count}) => {
      const active = query.get(f.key) === String(value);
      return h('li', null, h('a', {
        href: '', class: active ? 'active' : null,
        onClick: e => {
          e.preventDefault();
          const next = new URLSearchParams(query);
          next.delete('offset');
          if (active) next.delete(f.key); else next.set(f.key, String(value));
          go(next);
        },
      }, f.key === 'finding' ? codes[value] || String(value) : String(value), ' ',
      h('span', {class: 'count'}, '(' + num(count) + ')')));
    })))));
}

export function drawHits(el, data, query) {
  const hits = data.hits || [];
  const offset = +query.get('offset') || 0;
  const total = data.total ?? hits.length;
  const pager = h('div', {class: 'pager'},
    offset > 0 ? h('button', {type: 'button', onClick: () => page(query, Math.max(0, offset - PAGE))}, '上一页') : null,
    offset + hits.length < total ? h('button', {type: 'button', onClick: () => page(query, offset + PAGE)}, '下一页') : null);
  replace(el,
    h('p', {class: 'muted', id: 'search-total'}, '共 ' + num(total) + ' 个结果' + (total ? '，第 ' + (offset + 1) + '–' + (offset + hits.length) + ' 个' : '')),
    hits.length ? h('ol', {class: 'hits', start: offset + 1}, hits.map(hit => h('li', {class: 'hit', 'data-sha256': hit.sha256},
      h('a', {href: '#/reports/' + seg(hit.sha256) + (hit.finding ? '?finding=' + encodeURIComponent(hit.finding) : ''),
        class: 'hit-title'}, hit.title || hit.file || hit.sha256),
      h('div', {class: 'small muted'}, [hit.department, hit.region, hit.year ? num(hit.year) + '年度' : null, hit.kind,
        hit.file].filter(Boolean).join(' · '),
      hit.score !== undefined && data.scored !== false ? ' · 相关度 ' + (+hit.score).toFixed(2) : ''),
      matched(hit.matched),
      (hit.snippets || []).map(s => h('p', {class: 'snippet'}, snippet(s)))))) : h('p', null, '没有找到符合条件的报告。'),
    pager);
}

/** The figures that satisfied the figure conditions: label, value with unit, page. */
function matched(figures) {
  if (!Array.isArray(figures) || !figures.length) return null;
  return h('ul', {class: 'matched small'}, figures.map(m => h('li', null,
    h('span', {class: 'muted'}, '符合条件：'), (m.label || '') + ' ',
    h('strong', null, num(m.value) + (m.unit || '')),
    m.page ? h('span', {class: 'muted'}, '（第 ' + num(m.page) + ' 页）') : null,
    m.snippet ? h('div', {class: 'snippet'}, snippet(m.snippet)) : null)));
}

function page(query, offset) {
  const next = new URLSearchParams(query);
  if (offset) next.set('offset', String(offset)); else next.delete('offset');
  go(next);
}
