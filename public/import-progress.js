// Progressive enhancement of the import progress page: instead of reloading the whole page every
// two seconds (the <noscript> refresh), ask the JSON status once a second and move the bar; reload
// once the import is over so the report is shown.
(function () {
  'use strict';
  var section = document.getElementById('import-progress');
  if (!section || !window.fetch) return;
  var url = section.getAttribute('data-status-url');
  var template = section.getAttribute('data-template') || '{done} / {total}';
  var bar = document.getElementById('import-progress-bar');
  var text = document.getElementById('import-progress-text');
  var format = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-US' : 'vi-VN');
  var failures = 0;

  function show(status) {
    var total = Math.max(status.total, 1);
    if (bar) {
      bar.max = total;
      bar.value = status.done;
      bar.textContent = Math.round((status.done / total) * 100) + '%';
    }
    if (text) {
      text.textContent = template
        .replace('{done}', format.format(status.done))
        .replace('{total}', format.format(status.total));
    }
  }

  function poll() {
    fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (res) {
        if (!res.ok) throw new Error(String(res.status));
        return res.json();
      })
      .then(function (status) {
        failures = 0;
        show(status);
        if (status.busy) window.setTimeout(poll, 1000);
        else window.location.reload();
      })
      .catch(function () {
        failures += 1;
        if (failures < 5) window.setTimeout(poll, 2000);
        else window.location.reload();
      });
  }

  window.setTimeout(poll, 500);
})();
