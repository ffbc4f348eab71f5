// Client-side search over search-index.json (built by web.xsl): every word of the query must occur
// in a document; results show the title, date and a passage around the first hit.
(async function () {
  const input = document.getElementById('q');
  const status = document.getElementById('search-status');
  const results = document.getElementById('results');
  const index = await (await fetch('search-index.json')).json();
  const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const folded = index.map((d) => ({ d, text: fold(d.text), meta: fold(`${d.title} ${d.summary} ${d.names.join(' ')}`) }));
  const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

  function passage(doc, text, word) {
    const at = text.indexOf(word);
    if (at < 0) return escapeHtml(doc.summary);
    const start = Math.max(0, at - 90);
    const raw = doc.text.slice(start, at + word.length + 90);
    const hit = doc.text.slice(at, at + word.length);
    return `${start ? '…' : ''}${escapeHtml(raw).replace(escapeHtml(hit), `<mark>${escapeHtml(hit)}</mark>`)}…`;
  }

  function run() {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    results.innerHTML = '';
    if (!words.length) { status.textContent = ''; return; }
    const hits = folded.filter(({ text, meta }) => words.every((w) => text.includes(w) || meta.includes(w)));
    status.textContent = `${hits.length} document${hits.length === 1 ? '' : 's'} found`;
    for (const { d, text } of hits) {
      const li = document.createElement('li');
      li.innerHTML = `<a href="documents/${encodeURIComponent(d.id)}.html">${escapeHtml(d.title)}</a> <time datetime="${d.date}">${d.date}</time><p>${passage(d, text, words[0])}</p>`;
      results.appendChild(li);
    }
  }
  input.addEventListener('input', run);
  const q = new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; }
  run();
})();
