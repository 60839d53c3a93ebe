// The orientation sheet's print button: an enhancement only. Without JavaScript the button stays hidden and the page
// says to use the browser's Print command, which gives the same A4 document (print CSS). No inline script (CSP).
(function () {
  'use strict';
  var button = document.querySelector('[data-print]');
  if (!button || typeof window.print !== 'function') {
    return;
  }

  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
})();
