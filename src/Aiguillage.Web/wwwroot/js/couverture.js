// Chromium focuses the links of an inline SVG but does not follow them on Enter: do it, so the map works with the keyboard.
// Without JavaScript the table below the map holds the same links.
(function () {
  'use strict';
  var map = document.querySelector('svg.choropleth-map');
  if (!map) {
    return;
  }

  map.addEventListener('keydown', function (event) {
    var link = event.target.closest ? event.target.closest('a') : null;
    if (event.key === 'Enter' && link && link.getAttribute('href') && !event.defaultPrevented) {
      event.preventDefault();
      window.location.assign(link.getAttribute('href'));
    }
  });
})();
