// One finding's card: severity, Chinese code name, message, its values (页 cells link to the page),
// and for errors and warnings the reviewer's decision with a comment box opened on demand.
import {h, num, when, SEVERITY_TEXT, DECISION_TEXT, showNotice} from './dom.js';
import {putJson, seg} from './api.js';

const SOURCE_TEXT = {table: '表格', text: '正文'};
/** "约" while the shown report's pages are estimates, else "". */
let approx = '';

export function setApprox(prefix) {
  approx = prefix;
}

/** The card; select() is called when the card is clicked, focused or Enter/Space is pressed on it. */
export function findingCard(base, f, viewer, select) {
  const reviewable = f.severity === 'error' || f.severity === 'warning';
  const card = h('li', {class: 'finding ' + (f.severity || ''), 'data-finding': f.id, 'data-code': f.code,
    tabindex: 0, 'aria-label': (SEVERITY_TEXT[f.severity] || '') + ' ' + (f.codeName || f.code || ''),
    onClick: e => { if (!e.target.closest('button, textarea, a')) select(); },
    onFocus: e => { if (e.target === card && !card.classList.contains('selected')) select(); },
    onKeydown: e => {
      if (e.target === card && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); select(); }
    }},
  h('div', {class: 'finding-head'},
    h('span', {class: 'sev ' + (f.severity || '')}, SEVERITY_TEXT[f.severity] || f.severity || ''),
    h('span', {class: 'code', title: f.code || ''}, f.codeName || f.code)),
  h('p', {class: 'message'}, f.message),
  valuesTable(f, viewer),
  f.comparison ? h('p', {class: 'small muted comparison'}, f.comparison) : null);
  if (reviewable) card.appendChild(decisionBox(base, f, card));
  return card;
}

function decisionBox(base, f, card) {
  const state = h('span', {class: 'decision-state'});
  let comment = null;
  const box = h('div', {class: 'decision'});
  const showDecision = d => {
    const status = d && d.status && d.status !== 'open' ? d.status : 'open';
    state.textContent = DECISION_TEXT[status] + (d && d.comment ? '：' + d.comment : '') + (d && d.at ? '（' + when(d.at) + '）' : '');
    state.className = 'decision-state ' + status;
    card.dataset.decision = status;
  };
  const openComment = () => {
    if (!comment) {
      comment = h('textarea', {class: 'comment', rows: 2, placeholder: '审核意见（可选）', maxlength: 2000,
        'aria-label': '审核意见'});
      comment.value = (f.decision && f.decision.comment) || '';
      box.prepend(comment);
    }
    comment.focus();
  };
  const decide = async status => {
    const text = comment ? comment.value : (f.decision && f.decision.comment) || '';
    try {
      const stored = await putJson(base + '/findings/' + seg(f.id) + '/decision', {status, comment: text});
      f.decision = stored;
      showDecision(stored);
    } catch (e) {
      showNotice(e.message);
    }
  };
  box.appendChild(h('div', {class: 'decision-buttons'},
    h('button', {type: 'button', class: 'confirm', onClick: () => decide('confirmed')}, '确认'),
    h('button', {type: 'button', class: 'dismiss', onClick: () => decide('dismissed')}, '不成立'),
    h('button', {type: 'button', class: 'reopen subtle', onClick: () => decide('open')}, '撤销'),
    h('button', {type: 'button', class: 'note subtle', onClick: openComment}, '备注'),
    state));
  showDecision(f.decision);
  return box;
}

function valuesTable(f, viewer) {
  const values = f.values || [];
  if (!values.length) return null;
  return h('div', {class: 'scroll-x'}, h('table', {class: 'values'},
    h('thead', null, h('tr', null, ['项目', '数值', '来源', '页'].map(t => h('th', null, t)))),
    h('tbody', null, values.map(v => h('tr', {title: v.snippet || ''},
      h('td', null, v.label),
      h('td', {class: 'n value'}, withUnit(v)),
      h('td', null, SOURCE_TEXT[v.source] || v.source || ''),
      h('td', {class: 'n'}, v.page ? h('a', {href: '', class: 'page-link', 'data-page': v.page,
        onClick: e => { e.preventDefault(); viewer.showPage(v.page); }}, approx + num(v.page)) : ''))))));
}

/** "860.9 万元", "97.77%": percent-like units stick to the number as they are printed. */
function withUnit(v) {
  const unit = v.unit || '';
  return num(v.value) + (!unit || /^[%‰]/.test(unit) ? unit : ' ' + unit);
}
