/* The journal grid's keyboard entry (progressive enhancement: the page works without it).
   Arrow keys move between the cells' fields; Enter submits the cell's form (the browser's own);
   after a form is posted the page comes back at the cell's anchor, whose field gets the focus.
   The deadlines' countdowns count from the server's time (data-now), not the browser's; their
   words come from the page (data-left, data-hours, data-minutes, data-expired). */
(function () {
  'use strict';
  var grid = document.getElementById('grid');
  if (!grid) {
    return;
  }

  function fieldAt(row, column) {
    var rows = grid.tBodies[0].rows;
    if (row < 0 || row >= rows.length) {
      return null;
    }
    var cell = rows[row].cells[column];
    return cell ? cell.querySelector('input[type=text]') : null;
  }

  function position(input) {
    var cell = input.closest('td');
    var row = cell.parentElement;
    return { row: row.sectionRowIndex, column: cell.cellIndex };
  }

  function move(input, dRow, dColumn) {
    var at = position(input);
    var columns = grid.tBodies[0].rows[at.row].cells.length;
    var row = at.row + dRow;
    var column = at.column + dColumn;
    while (row >= 0 && row < grid.tBodies[0].rows.length && column >= 0 && column < columns) {
      var field = fieldAt(row, column);
      if (field) {
        field.focus();
        field.select();
        return;
      }
      row += dRow;
      column += dColumn;
    }
  }

  grid.addEventListener('keydown', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'text' || !input.closest('form.entry')) {
      return;
    }
    var moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    var by = moves[event.key];
    if (!by) {
      return;
    }
    if ((event.key === 'ArrowLeft' && input.selectionStart > 0)
        || (event.key === 'ArrowRight' && input.selectionEnd < input.value.length)) {
      return;
    }
    event.preventDefault();
    move(input, by[0], by[1]);
  });

  /* Back from a form: the cell of the anchor gets the focus. */
  if (location.hash.length > 1) {
    var target = document.getElementById(decodeURIComponent(location.hash.substring(1)));
    var field = target && target.querySelector('input[type=text], summary');
    if (field) {
      field.focus();
    }
  }
  var refused = document.querySelector('[aria-invalid=true]');
  if (refused) {
    refused.focus();
  }

  /* The countdowns: the server's time when the page was made, moved on by the browser's clock. */
  var serverNow = Date.parse(grid.getAttribute('data-now'));
  var loadedAt = Date.now();
  var countdowns = document.querySelectorAll('.countdown[data-deadline]');
  function tick() {
    var now = serverNow + (Date.now() - loadedAt);
    countdowns.forEach(function (countdown) {
      var left = Date.parse(countdown.getAttribute('data-deadline')) - now;
      if (left <= 0) {
        countdown.textContent = grid.getAttribute('data-expired');
        return;
      }
      var minutes = Math.floor(left / 60000);
      var hours = Math.floor(minutes / 60);
      var words = (hours > 0 ? grid.getAttribute('data-hours').replace('%', hours) + ' ' : '')
          + grid.getAttribute('data-minutes').replace('%', minutes % 60);
      countdown.textContent = grid.getAttribute('data-left').replace('%', words);
    });
  }
  if (countdowns.length > 0 && !isNaN(serverNow)) {
    setInterval(tick, 15000);
  }
}());
