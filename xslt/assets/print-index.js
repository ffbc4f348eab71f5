// After Paged.js has laid out the pages, write each index entry's page numbers, once per page.
// (CSS target-counter would repeat a page for every mention on it.)
class IndexPages extends Paged.Handler {
  afterRendered(pages) {
    const pageOf = (id) => {
      const target = document.getElementById(id);
      const page = target && target.closest('.pagedjs_page');
      return page ? Number(page.dataset.pageNumber) : undefined;
    };
    for (const holder of document.querySelectorAll('.index-pages')) {
      const numbers = [...new Set([...holder.querySelectorAll('a.pageref')].map((a) => pageOf(a.getAttribute('href').slice(1))).filter(Boolean))];
      holder.textContent = ` ${numbers.sort((a, b) => a - b).join(', ')}`;
    }
  }
}
Paged.registerHandlers(IndexPages);
