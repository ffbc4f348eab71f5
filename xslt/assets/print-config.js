// Paged.js settings; `pagedDone` tells the PDF step (and tests) that the layout is finished.
window.PagedConfig = {
  auto: true,
  after: () => {
    window.pagedDone = true;
  },
};
