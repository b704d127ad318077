// The page viewer: the rendered page PNG with the selected finding's numbers boxed (highlight
// coordinates are fractions of the page, so boxes are placed in percent and follow any image
// size); when the server has no page images (Word without LibreOffice, scanned files), the reason
// and the page's stored text with the finding's numbers marked (older reports: text excerpts).
import {h, replace, num, marked} from './dom.js';

export class PageViewer {
  constructor(base, view, report, highlights, text) {
    this.base = base;
    this.view = view;
    this.report = report;
    this.highlights = highlights;
    // GET …/text: {pages:[{page, blocks}]}, or null when the server kept no text for this report.
    this.textPages = new Map(((text && text.pages) || []).map(p => [p.page, p.blocks || []]));
    const lastTextPage = Math.max(0, ...this.textPages.keys());
    this.pages = Math.max(1, view.pages || (report.report && report.report.pages) || 1, lastTextPage);
    this.page = 1;
    this.finding = null;
    this.findingIndex = -1;

    this.label = h('span', {id: 'page-label'});
    this.select = h('select', {id: 'page-select', 'aria-label': '页码'},
      Array.from({length: this.pages}, (_, i) => h('option', {value: i + 1}, '第 ' + (i + 1) + ' 页')));
    this.select.addEventListener('change', () => this.showPage(+this.select.value));
    const nav = h('div', {class: 'pager'},
      h('button', {type: 'button', id: 'page-prev', onClick: () => this.showPage(this.page - 1)}, '上一页'),
      this.select,
      h('button', {type: 'button', id: 'page-next', onClick: () => this.showPage(this.page + 1)}, '下一页'),
      this.label);
    this.stage = h('div', {class: 'page-stage', id: 'page-stage'});
    this.element = h('div', {class: 'page-viewer'}, nav,
      view.images ? null : h('p', {class: 'notice info', id: 'view-reason'}, view.reason || '无法显示页面图像，以下显示文本。'),
      this.stage);
  }

  /** Shows the page of the finding's first located value (or first value's page) with its boxes. */
  showFinding(finding, index) {
    this.finding = finding;
    this.findingIndex = index;
    const own = this.boxesOf(finding);
    const firstValue = (finding.values || []).find(v => v.page);
    const page = own.length ? own[0].page : firstValue ? firstValue.page : this.pageWithText(finding) || this.page;
    this.showPage(page, true);
  }

  /** Without pages on the values (Word): the first stored text page that prints one of the numbers. */
  pageWithText(finding) {
    const needles = (finding.values || []).flatMap(numberForms);
    for (const [page, blocks] of this.textPages) {
      const texts = blocks.flatMap(b => b.type === 'table' ? (b.rows || []).flat() : [b.text || '']);
      if (texts.some(t => needles.some(n => t.includes(n)))) return page;
    }
    return 0;
  }

  boxesOf(finding) {
    if (!finding) return [];
    // The API names findings by id; older servers used the index in findings[].
    return this.highlights.filter(b => b.finding === finding.id || b.finding === this.findingIndex);
  }

  showPage(n, force) {
    const page = Math.min(this.pages, Math.max(1, Math.round(n) || 1));
    if (page === this.page && !force && this.stage.firstChild) return;
    this.page = page;
    this.select.value = String(page);
    this.label.textContent = '共 ' + this.pages + ' 页';
    if (this.view.images) this.drawImage(page);
    else if (this.textPages.size) this.drawPageText(page);
    else this.drawText(page);
  }

  drawImage(page) {
    const img = h('img', {id: 'page-image', alt: '第 ' + page + ' 页', src: this.base + '/pages/' + page + '.png'});
    const frame = h('div', {class: 'page-frame'}, img);
    img.addEventListener('error', () => {
      replace(this.stage, h('p', {class: 'error-text'}, '第 ' + page + ' 页的图像无法加载。'));
    });
    const boxes = this.boxesOf(this.finding).filter(b => b.page === page);
    for (const b of boxes) {
      const value = this.finding && (this.finding.values || [])[b.value];
      frame.appendChild(h('div', {
        class: 'hl',
        'data-value': b.value,
        title: (value ? value.label + '：' : '') + (b.text || ''),
        style: {
          left: pct(b.x0), top: pct(b.y0),
          width: pct(Math.max(0, b.x1 - b.x0)), height: pct(Math.max(0, b.y1 - b.y0)),
        },
      }));
    }
    // Boxes are placed in percent of the image: scroll to the first once the image has its height.
    const first = frame.querySelector('.hl');
    if (first) {
      const reveal = () => first.scrollIntoView({block: 'nearest', inline: 'nearest'});
      if (img.complete && img.naturalWidth) requestAnimationFrame(reveal);
      else img.addEventListener('load', reveal, {once: true});
    }
    const others = this.boxesOf(this.finding).filter(b => b.page !== page).map(b => b.page);
    replace(this.stage, frame,
      others.length ? h('p', {class: 'small muted'}, '此问题的其他数值在第 ' + [...new Set(others)].join('、') + ' 页。') : null);
  }

  /** No images: the page's text (headings, paragraphs, tables) with the selected finding's numbers marked. */
  drawPageText(page) {
    const needles = ((this.finding && this.finding.values) || []).flatMap(numberForms);
    const blocks = this.textPages.get(page) || [];
    const marks = text => marked(text, needles);
    replace(this.stage, h('div', {class: 'text-view page-text', id: 'text-view', 'data-page': page},
      blocks.length ? blocks.map(b => {
        if (b.type === 'heading') return h('h3', {class: 'doc-heading'}, marks(b.text));
        if (b.type === 'table') {
          return h('table', {class: 'doc-table'}, h('tbody', null, (b.rows || []).map(row =>
            h('tr', null, row.map(cell => h('td', null, marks(cell)))))));
        }
        return h('p', null, marks(b.text));
      }) : h('p', {class: 'muted'}, '此页没有文字。'),
      this.otherPagesNote(page, needles)));
  }

  /** "此问题的其他数值在第 … 页": pages of the finding's values that are not this one. */
  otherPagesNote(page, needles) {
    if (!needles.length) return null;
    const others = ((this.finding && this.finding.values) || []).map(v => v.page).filter(p => p && p !== page);
    return others.length ? h('p', {class: 'small muted'}, '此问题的其他数值在第 ' + [...new Set(others)].join('、') + ' 页。') : null;
  }

  /** No images and no stored text (older reports): the finding's values in their sentences, then the page's figures. */
  drawText(page) {
    const values = ((this.finding && this.finding.values) || []).filter(v => v.snippet);
    const figures = (this.report.figures || []).filter(f => f.page === page && f.snippet);
    const seen = new Set();
    replace(this.stage, h('div', {class: 'text-view', id: 'text-view'},
      values.length ? h('h3', null, '相关原文') : null,
      values.map(v => h('blockquote', null, h('div', {class: 'small muted'}, v.label + '（第 ' + num(v.page) + ' 页）'),
        marked(v.snippet, numberAsWritten(v)))),
      h('h3', null, '第 ' + page + ' 页摘录'),
      figures.length ? figures.filter(f => !seen.has(f.snippet) && seen.add(f.snippet))
        .map(f => h('p', null, marked(f.snippet, numberAsWritten(f))))
        : h('p', {class: 'muted'}, '此页没有可显示的摘录。')));
  }
}

function pct(fraction) {
  return (Math.min(1, Math.max(0, +fraction || 0)) * 100).toFixed(3) + '%';
}

/** The ways a value's number may be printed: as written, and with thousands separators. */
function numberForms(v) {
  const s = num(v.value);
  if (!s) return [];
  const [int, frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
  return grouped === s ? [s] : [s, grouped];
}

/** The number as it most likely appears in the sentence, for marking it. */
function numberAsWritten(v) {
  const s = num(v.value);
  return v.snippet && v.snippet.includes(s) ? s : '';
}
