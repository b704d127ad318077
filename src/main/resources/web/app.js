// Entry point: hash routing between the four views. Each view module exports
// render(container, params, query) and may return a cleanup function (timers).
import {replace, h, hideNotice, showNotice} from './js/dom.js';
import * as upload from './js/upload.js';
import * as batches from './js/batches.js';
import * as report from './js/report.js';
import * as search from './js/search.js';

const routes = [
  {pattern: /^\/upload$/, nav: 'upload', view: upload.render},
  {pattern: /^\/batches$/, nav: 'batches', view: batches.renderList},
  {pattern: /^\/batches\/([^/]+)$/, nav: 'batches', view: batches.renderBatch},
  {pattern: /^\/reports\/([^/]+)$/, nav: 'batches', view: report.render},
  {pattern: /^\/search$/, nav: 'search', view: search.render},
];

let cleanup = null;
let generation = 0;

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/upload';
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  return {path, query};
}

async function route() {
  if (cleanup) {
    try { cleanup(); } catch (ignored) { /* a view's timer cleanup must not stop navigation */ }
    cleanup = null;
  }
  const gen = ++generation;
  const {path, query} = parseHash();
  const container = document.getElementById('view');
  hideNotice();
  const match = routes.map(r => ({r, m: r.pattern.exec(path)})).find(x => x.m);
  document.querySelectorAll('[data-nav]').forEach(a =>
    a.classList.toggle('active', !!match && a.dataset.nav === match.r.nav));
  if (!match) {
    replace(container, h('p', null, '页面不存在。'), h('a', {href: '#/upload'}, '返回上传'));
    return;
  }
  const params = match.m.slice(1).map(decodeURIComponent);
  try {
    const result = await match.r.view(container, params, query, () => gen === generation);
    if (gen === generation && typeof result === 'function') cleanup = result;
    else if (typeof result === 'function') result();
  } catch (e) {
    if (gen === generation) showNotice(e.message || String(e));
  }
}

window.addEventListener('hashchange', route);
// Module scripts run once the document is parsed, so the first route can render now.
route();
