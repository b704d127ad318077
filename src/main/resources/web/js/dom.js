// DOM helpers. Every piece of document text goes in through text nodes: nothing here (or anywhere
// in the page) assigns HTML markup built from data, so a report containing <script> stays text.

/**
 * h('a', {href: '#/x', class: 'k'}, 'text', child…) → element. Attribute values are set with
 * setAttribute (never parsed as markup); on* attributes are refused so data cannot add handlers;
 * use {onClick: fn} style keys for listeners. Strings and numbers become text nodes.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on[A-Z]/.test(key) && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (/^on/i.test(key)) {
      throw new Error('inline handlers are not allowed: ' + key);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'style' && typeof value === 'object') {
      Object.assign(el.style, value);
    } else if (key === 'value' || key === 'checked' || key === 'selected') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) {
      append(el, child);
    } else if (child instanceof Node) {
      el.appendChild(child);
    } else {
      el.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces the children of el with the given nodes/strings. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * A search snippet as nodes. The server HTML-escapes snippet text but marks hits with the literal
 * <em>…</em>; we split on exactly those markers and keep everything else as text (so any other
 * tag, escaped or not, is shown, never interpreted). Entities the server escaped are decoded back
 * to characters first so the reader sees "<" rather than "&lt;".
 */
export function snippet(text) {
  const out = document.createDocumentFragment();
  const parts = String(text ?? '').split(/(<em>|<\/em>)/);
  let inEm = false;
  for (const part of parts) {
    if (part === '<em>') { inEm = true; continue; }
    if (part === '</em>') { inEm = false; continue; }
    if (!part) continue;
    const node = document.createTextNode(decodeEntities(part));
    if (inEm) {
      const em = document.createElement('em');
      em.appendChild(node);
      out.appendChild(em);
    } else {
      out.appendChild(node);
    }
  }
  return out;
}

const ENTITIES = {'&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&amp;': '&'};

/** Decodes the five entities an HTML escaper produces; the result only ever becomes a text node. */
export function decodeEntities(s) {
  return s.replace(/&(lt|gt|quot|#39|#x27|amp);/g, m => ENTITIES[m]);
}

/** Highlights every occurrence of needle (a string, or any of an array of strings) inside text with <mark>, as text nodes. */
export function marked(text, needle) {
  const frag = document.createDocumentFragment();
  const s = String(text ?? '');
  const needles = (Array.isArray(needle) ? needle : [needle]).filter(Boolean)
    .sort((a, b) => b.length - a.length);
  let from = 0;
  for (;;) {
    // The earliest hit; at one place the longest needle wins ("1,234.5" before "234.5").
    let at = -1;
    let hit = '';
    for (const n of needles) {
      const i = s.indexOf(n, from);
      if (i >= 0 && (at < 0 || i < at)) { at = i; hit = n; }
    }
    if (at < 0) break;
    if (at > from) frag.appendChild(document.createTextNode(s.slice(from, at)));
    frag.appendChild(h('mark', null, hit));
    from = at + hit.length;
  }
  if (from < s.length) frag.appendChild(document.createTextNode(s.slice(from)));
  return frag;
}

/** Formats a number as written (no forced decimals), with Chinese grouping left alone. */
export function num(v) {
  if (v === null || v === undefined || v === '') return '';
  return typeof v === 'number' ? String(+v.toFixed(6)) : String(v);
}

export const STATUS_TEXT = {queued: '排队中', processing: '处理中', ok: '完成', failed: '失败'};
export const SEVERITY_TEXT = {error: '错误', warning: '警告', info: '提示'};
export const DECISION_TEXT = {confirmed: '已确认', dismissed: '不成立', open: '待处理'};

/** A local date-time string for an ISO time, or the input when it does not parse. */
export function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return isNaN(d) ? String(iso) : d.toLocaleString('zh-CN', {hour12: false});
}

/** Shows a message in the banner under the top bar (errors in plain Chinese from the server). */
export function showNotice(message, kind = 'error') {
  const n = document.getElementById('notice');
  n.textContent = message;
  n.className = 'notice ' + kind;
  n.hidden = false;
}

export function hideNotice() {
  document.getElementById('notice').hidden = true;
}
