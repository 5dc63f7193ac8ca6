// Dateline's web page: plain DOM, no framework. Every piece of stored text goes in through
// text nodes (never parsed as HTML), and links only ever point at http(s) addresses or this page.
'use strict';

const view = document.getElementById('view');
const PAGE = 50;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'onclick' || k === 'onsubmit') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** A link to a stored URL, only when it really is a web address (no javascript: or data: URLs). */
function safeLink(url, text) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
    return el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, text || url);
  }
  return el('span', { class: 'muted' }, text || url || '');
}

function hashFor(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return '#/' + path + (s ? '?' + s : '');
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const res = await fetch('/api/' + path + (q.toString() ? '?' + q : ''), { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

function failure(e) {
  show(el('p', { class: 'error' }, e.message));
}

function pager(page, path, params) {
  const prev = page.offset > 0 ? el('a', { href: hashFor(path, { ...params, offset: Math.max(0, page.offset - page.limit) }) }, '← previous') : null;
  const next = page.offset + page.limit < page.total ? el('a', { href: hashFor(path, { ...params, offset: page.offset + page.limit }) }, 'next →') : null;
  const last = Math.min(page.total, page.offset + page.limit);
  return el('div', { class: 'pager' }, prev,
    el('span', { class: 'muted' }, page.total === 0 ? 'none' : `${page.offset + 1}–${last} of ${page.total}`), next);
}

/** Search snippets mark matches with [brackets]: shown as highlights, the rest as plain text. */
function snippet(text) {
  const out = [];
  const re = /\[([^\]]*)\]/g;
  let at = 0, m;
  while ((m = re.exec(text || '')) !== null) {
    out.push(text.slice(at, m.index), el('mark', {}, m[1]));
    at = m.index + m[0].length;
  }
  out.push((text || '').slice(at));
  return out;
}

// ---- views ----

async function articlesView(params) {
  const offset = params.get('offset') || 0;
  const [stats, page] = await Promise.all([api('stats', { top: 5 }), api('articles', { offset, limit: PAGE })]);
  const r = stats.rows;
  const summary = el('div', { class: 'stats' },
    el('span', {}, el('b', {}, r.articles), ' articles'), el('span', {}, el('b', {}, r.events), ' events'),
    el('span', {}, el('b', {}, r.quotes), ' quotes'), el('span', {}, el('b', {}, r.entities), ' actors'),
    stats.firstPublished ? el('span', {}, 'published ', el('b', {}, stats.firstPublished), ' to ', el('b', {}, stats.lastPublished)) : null);
  const rows = page.articles.map(a => el('tr', {},
    el('td', {}, a.published || ''), el('td', {}, a.outlet || ''),
    el('td', {}, el('a', { href: '#/article/' + a.documentId }, a.title || a.url || a.path)),
    el('td', { class: 'num' }, a.entities), el('td', { class: 'num' }, a.places), el('td', { class: 'num' }, a.quotes),
    el('td', { class: 'num' }, a.events)));
  show(el('h1', {}, 'Articles'), summary,
    el('table', {}, el('thead', {}, el('tr', {}, ['published', 'outlet', 'title', 'actors', 'places', 'quotes', 'events'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    pager(page, '', {}));
}

async function searchView(params) {
  const q = params.get('q') || '';
  document.getElementById('search-box').value = q;
  if (!q) return show(el('h1', {}, 'Search'), el('p', { class: 'muted' }, 'Type words into the search box.'));
  const res = await api('search', { q, limit: 50 });
  const hits = res.hits.map(h => el('div', { class: 'hit' },
    el('span', { class: 'kind' }, h.kind),
    el('a', { href: '#/article/' + h.documentId + (h.ref ? '?quote=' + encodeURIComponent(h.ref) : '') }, h.title || h.path),
    el('div', {}, snippet(h.snippet))));
  show(el('h1', {}, 'Search: ', q), hits.length ? el('div', {}, hits) : el('p', { class: 'muted' }, 'Nothing found.'));
}

const EVENT_FILTERS = [['actor', 'Actor (code or name)'], ['code', 'CAMEO code'], ['plover', 'PLOVER type'],
  ['from', 'From', 'date'], ['to', 'To', 'date'], ['place', 'Place'], ['modality', 'Modality']];
const MODALITIES = ['', 'asserted', 'claimed', 'negated', 'hypothetical', 'future', 'question'];

function filterForm(path, fields, params) {
  const inputs = fields.map(([name, label, type]) => {
    const input = name === 'modality'
      ? el('select', { name }, MODALITIES.map(m => el('option', { value: m, selected: params.get(name) === m ? 'selected' : null }, m || 'any')))
      : el('input', { name, type: type || 'text', value: params.get(name) || '' });
    return el('label', {}, label, input);
  });
  const form = el('form', { class: 'filters' }, inputs, el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const values = {};
    for (const [k, v] of new FormData(form).entries()) values[k] = v.trim();
    location.hash = hashFor(path, values);
  });
  return form;
}

function currentFilters(params, names) {
  const out = {};
  for (const n of names) if (params.get(n)) out[n] = params.get(n);
  return out;
}

function side(code, name) {
  if (!code) return name || '';
  return name ? `${name} (${code})` : code;
}

async function eventsView(params) {
  const filters = currentFilters(params, EVENT_FILTERS.map(f => f[0]));
  const page = await api('events', { ...filters, offset: params.get('offset') || 0, limit: PAGE });
  const exportQuery = new URLSearchParams(filters);
  const exports = el('p', { class: 'muted' }, 'Export these events: ',
    ['csv', 'gdelt', 'plover'].map(f => {
      const q = new URLSearchParams(exportQuery); q.set('format', f);
      return [el('a', { href: '/api/events?' + q }, f), ' '];
    }));
  const rows = page.events.map(e => {
    const first = e.reports[0];
    const links = e.reports.map((r, i) => el('a', { href: '#/article/' + r.documentId, title: (r.outlet || '') + ' ' + (r.published || '') }, i === 0 ? 'article' : `+${i}`));
    return el('tr', {},
      el('td', {}, e.date || ''), el('td', {}, side(e.sourceCode, e.sourceName)),
      el('td', {}, el('span', { class: 'code' }, e.cameo), ' ', e.plover || ''), el('td', {}, side(e.targetCode, e.targetName)),
      el('td', {}, e.place ? e.place.name : ''), el('td', { class: 'num' }, e.numArticles),
      el('td', {}, [...new Set(e.reports.map(r => r.modality))].join(', ')),
      el('td', {}, first && first.evidence ? first.evidence.text : ''), el('td', {}, links.flatMap((l, i) => i ? [' ', l] : [l])));
  });
  show(el('h1', {}, 'Events'), filterForm('events', EVENT_FILTERS, params), exports,
    el('table', {}, el('thead', {}, el('tr', {}, ['date', 'source', 'event', 'target', 'place', 'articles', 'modality', 'evidence', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    pager(page, 'events', filters));
}

async function quotesView(params) {
  const filters = currentFilters(params, ['speaker', 'text']);
  const page = await api('quotes', { ...filters, offset: params.get('offset') || 0, limit: PAGE });
  const rows = page.quotes.map(q => el('tr', {},
    el('td', {}, q.speakerName || el('span', { class: 'muted' }, 'unattributed')),
    el('td', {}, el('blockquote', {}, '“', q.content.text, '”'),
      q.reportedBy.length ? el('div', { class: 'muted' }, 'via ', q.reportedBy.join('; ')) : null),
    el('td', {}, q.outlet || ''), el('td', {}, q.published || ''),
    el('td', {}, el('a', { href: '#/article/' + q.documentId + '?quote=' + encodeURIComponent(q.quoteId) }, q.title || 'article'))));
  show(el('h1', {}, 'Who said what'), filterForm('quotes', [['speaker', 'Speaker'], ['text', 'Words in the quote']], params),
    el('table', {}, el('thead', {}, el('tr', {}, ['speaker', 'quote', 'outlet', 'published', 'article'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)),
    pager(page, 'quotes', filters));
}

/**
 * The article text cut at every annotation boundary; each piece is a text node inside spans whose
 * classes say what covers it and whose title says who (the speaker of a quote, the actor's code).
 */
function annotatedText(a) {
  const text = a.article.text;
  const names = Object.fromEntries(a.entities.map(e => [e.id, e.name]));
  const marks = [];
  for (const q of a.quotes) {
    const who = q.speaker ? (names[q.speaker.entity] || (q.speaker.mention && q.speaker.mention.text) || 'unknown speaker') : 'unknown speaker';
    marks.push({ b: q.content.begin, e: q.content.end, cls: 'quote', title: 'said by ' + who, id: 'quote-' + q.id });
  }
  for (const e of a.entities) for (const m of e.mentions) marks.push({ b: m.begin, e: m.end, cls: 'actor', title: e.name + (e.actor && e.actor.code ? ' [' + e.actor.code + ']' : '') });
  for (const p of a.places) for (const m of p.mentions) marks.push({ b: m.begin, e: m.end, cls: 'place', title: p.name + (p.country ? ', ' + p.country : '') });
  for (const t of a.times) marks.push({ b: t.span.begin, e: t.span.end, cls: 'time', title: t.value || t.type });
  for (const v of a.events) if (v.trigger) marks.push({ b: v.trigger.begin, e: v.trigger.end, cls: 'trigger', title: 'event ' + v.cameo + (v.plover ? ' ' + v.plover : '') });
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.b); cuts.add(m.e); }
  const points = [...cuts].filter(x => x >= 0 && x <= text.length).sort((x, y) => x - y);
  const box = el('div', { class: 'text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const b = points[i], e = points[i + 1];
    let node = document.createTextNode(text.slice(b, e));
    for (const m of marks.filter(m => m.b <= b && e <= m.e)) {
      const wrap = el('span', { class: m.cls, title: m.title });
      if (m.id && m.b === b) wrap.id = m.id;
      wrap.append(node);
      node = wrap;
    }
    box.append(node);
  }
  return box;
}

async function articleView(id, params) {
  const a = await api('articles/' + encodeURIComponent(id));
  const art = a.article;
  const names = Object.fromEntries(a.entities.map(e => [e.id, e]));
  const placeNames = Object.fromEntries(a.places.map(p => [p.id, p.name]));
  const who = s => s ? (s.entity && names[s.entity] ? names[s.entity].name : '') + (s.code ? ' [' + s.code + ']' : '') : '';
  const source = /^https?:\/\//i.test(a.document.path) ? safeLink(a.document.path) : el('span', { class: 'muted' }, a.document.path);
  const side = el('div', { class: 'side' },
    el('h2', {}, 'Actors'), el('ul', {}, a.entities.map(e => el('li', {}, e.name, ' ',
      el('span', { class: 'muted' }, e.type.toLowerCase(), e.actor && e.actor.code ? ' · ' : '', e.actor && e.actor.code ? el('span', { class: 'code' }, e.actor.code) : null,
        e.titles.length ? ' · ' + e.titles.join(', ') : '')))),
    el('h2', {}, 'Places'), el('ul', {}, a.places.map(p => el('li', {}, p.name, ' ',
      el('span', { class: 'muted' }, [p.country, p.lat != null ? p.lat.toFixed(2) + ', ' + p.lon.toFixed(2) : null].filter(Boolean).join(' · '))))),
    el('h2', {}, 'Times'), el('ul', {}, a.times.map(t => el('li', {}, t.span.text, ' ', el('span', { class: 'muted' }, '→ ', t.value || t.type)))),
    el('h2', {}, 'Quotes'), el('ul', {}, a.quotes.map(q => el('li', {},
      el('b', {}, q.speaker && names[q.speaker.entity] ? names[q.speaker.entity].name : (q.speaker && q.speaker.mention ? q.speaker.mention.text : 'unattributed')), ': ',
      el('a', { href: '#/article/' + id + '?quote=' + encodeURIComponent(q.id) }, '“', q.content.text, '”')))),
    el('h2', {}, 'Events'), a.events.map(v => el('div', { class: 'event-card' },
      el('div', {}, el('span', { class: 'code' }, v.cameo), ' ', v.plover || '', ' · ', who(v.source), ' → ', who(v.target),
        ' ', el('span', { class: 'muted' }, [v.date, v.place ? placeNames[v.place] : null, v.modality].filter(Boolean).join(' · '))),
      v.evidence ? el('div', { class: 'muted' }, '“', v.evidence.text, '”') : null)));
  const legend = el('div', { class: 'legend' }, ['quote', 'actor', 'place', 'time', 'trigger'].map(c => el('span', { class: c }, c === 'trigger' ? 'event' : c)));
  show(el('h1', {}, art.title || 'Untitled article'),
    el('p', { class: 'muted' }, [art.outlet, art.published, art.byline].filter(Boolean).join(' · '), ' ', source),
    el('div', { class: 'article' }, el('div', {}, legend, annotatedText(a)), side));
  const focus = params.get('quote');
  if (focus) {
    const target = document.getElementById('quote-' + focus);
    if (target) { target.scrollIntoView({ block: 'center' }); target.classList.add('focus'); }
  }
}

// ---- routing ----

async function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/');
  try {
    if (parts[0] === 'article' && parts[1]) await articleView(parts[1], params);
    else if (parts[0] === 'events') await eventsView(params);
    else if (parts[0] === 'quotes') await quotesView(params);
    else if (parts[0] === 'search') await searchView(params);
    else await articlesView(params);
  } catch (e) {
    failure(e);
  }
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  location.hash = hashFor('search', { q: document.getElementById('search-box').value.trim() });
});
window.addEventListener('hashchange', route);
route();
