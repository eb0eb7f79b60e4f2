// Progressive enhancement of the application form: two seconds after the applicant stops typing,
// and when the page is hidden, save the draft in the background with the same post as "Save
// draft" (op=draft, text fields only: files wait for the buttons), asking for JSON. The answer's
// version goes into the form, so the next save and the submission are not refused as stale.
// When another tab or a co-editor saved meanwhile, stop and say so: the buttons then show both
// copies. Without JavaScript the buttons do everything.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  var status = document.getElementById('autosave-status');
  if (!form || !status || !window.fetch || !window.FormData || !window.URLSearchParams) return;
  var version = form.querySelector('input[name="version"]');
  var DELAY_MS = 2000;
  var VN_OFFSET_MS = 7 * 60 * 60 * 1000;
  var timer = 0;
  var isDirty = false;
  var isBusy = false;
  var isStopped = false;
  // A button pressed while a save was under way: pressed again once that save has answered.
  var pendingSubmitter = null;

  function say(name, time) {
    var template = status.getAttribute('data-' + name) || '';
    status.textContent = template.replace('{time}', time || '');
  }

  // Vietnam time (UTC+7 all year), as every time on the portal is shown.
  function vnTime(iso) {
    var at = new Date(new Date(iso).getTime() + VN_OFFSET_MS);
    var two = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    return two(at.getUTCHours()) + ':' + two(at.getUTCMinutes());
  }

  function textFields() {
    var fields = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name !== 'op') fields.append(name, value);
    });
    fields.set('op', 'draft');
    return fields;
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, DELAY_MS);
  }

  function answered(answer) {
    if (answer.saved) {
      version.value = String(answer.version);
      say('saved', vnTime(answer.savedAt));
    } else if (answer.reason === 'INVALID_ANSWERS') {
      say('invalid');
    } else {
      isStopped = true;
      say('stale');
    }
  }

  function save(isLeaving) {
    timer = 0;
    if (isStopped || !isDirty) return;
    if (isBusy) return schedule();
    isBusy = true;
    isDirty = false;
    say('saving');
    fetch(form.action, {
      method: 'POST',
      body: textFields(),
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      // Lets the save of a page being left finish (small bodies only, as a draft's text is).
      keepalive: isLeaving === true,
    })
      .then(function (res) {
        var type = res.headers.get('content-type') || '';
        // Logged out, or a page instead of an answer: not saved.
        if (type.indexOf('application/json') < 0) throw new Error(String(res.status));
        return res.json();
      })
      .then(answered, function () {
        isDirty = true;
        say('failed');
      })
      .then(function () {
        isBusy = false;
        if (pendingSubmitter) {
          var submitter = pendingSubmitter;
          pendingSubmitter = null;
          form.requestSubmit(submitter);
        }
      });
  }

  function changed(event) {
    if (event.target && event.target.type === 'file') return;
    isDirty = true;
    if (!isStopped) schedule();
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function (event) {
    window.clearTimeout(timer);
    // The version the button posts must be the one the running save gives back.
    if (isBusy && form.requestSubmit && event.submitter) {
      event.preventDefault();
      pendingSubmitter = event.submitter;
      return;
    }
    isStopped = true;
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && !isStopped) {
      window.clearTimeout(timer);
      save(true);
    }
  });
  say('on');
})();
