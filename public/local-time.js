// Times on the portal are Vietnam time. A reader whose browser keeps another clock (a partner
// abroad, a Việt kiều investor) also sees the time in their own zone: each element marked
// data-local-time gets "{zone}: {when}" filled into its data-label and is shown — only when the
// reader's wall clock differs from Vietnam's at those instants, so a reader in Hanoi or Bangkok
// sees nothing new. Without JavaScript the Vietnam time stands alone.
(function () {
  'use strict';
  var VIETNAM = 'Asia/Ho_Chi_Minh';
  var marks = document.querySelectorAll('[data-local-time]');
  if (!marks.length || !window.Intl || !Intl.DateTimeFormat.prototype.formatToParts) return;
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone) return;

  /** "dd/mm/yyyy" and "HH:mm" of an instant on the clock of a zone, as the server writes them. */
  function wallClock(date, timeZone) {
    var format = new Intl.DateTimeFormat('en-GB', {
      timeZone: timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    var p = {};
    format.formatToParts(date).forEach(function (part) {
      p[part.type] = part.value;
    });
    return { day: p.day + '/' + p.month + '/' + p.year, time: p.hour + ':' + p.minute };
  }

  function span(start, end) {
    return start.day === end.day
      ? start.time + '–' + end.time + ', ' + start.day
      : start.time + ', ' + start.day + ' – ' + end.time + ', ' + end.day;
  }

  Array.prototype.forEach.call(marks, function (mark) {
    var starts = new Date(mark.getAttribute('data-starts'));
    var ends = new Date(mark.getAttribute('data-ends') || mark.getAttribute('data-starts'));
    if (isNaN(starts.getTime()) || isNaN(ends.getTime())) return;
    var local = span(wallClock(starts, zone), wallClock(ends, zone));
    if (local === span(wallClock(starts, VIETNAM), wallClock(ends, VIETNAM))) return;
    var label = mark.getAttribute('data-label') || '{zone}: {when}';
    mark.textContent = label.replace('{zone}', zone).replace('{when}', local);
    mark.hidden = false;
  });
})();
