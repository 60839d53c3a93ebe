// Draws the structures of /carte with Leaflet and marker clustering. The list beside the map holds the same structures,
// so without JavaScript (or if this fails) nothing is lost. No inline script: the CSP allows scripts from 'self' only.
(function () {
  'use strict';
  var container = document.getElementById('carte');
  if (!container || !window.L || !L.markerClusterGroup) {
    return;
  }

  container.hidden = false;
  var map = L.map(container, { scrollWheelZoom: false, zoomSnap: 0.5, minZoom: 2, maxZoom: 18 }).setView([46.6, 2.4], 5.5);
  // Leaflet's default prefix carries an inline SVG flag; a plain link keeps the attribution text-only.
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

  var tileUrl = container.getAttribute('data-tile-url');
  if (tileUrl) {
    var attribution = document.createElement('span');
    attribution.textContent = container.getAttribute('data-tile-attribution') || '';
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: attribution.innerHTML }).addTo(map);
  } else {
    container.classList.add('structure-map-plain');
  }

  function positionText(p) {
    if (p.precision === 'commune') {
      return 'Position : commune de ' + (p.commune || '');
    }
    if (p.precision === 'centre-departement') {
      return 'Position approximative : centre du département' + (p.departement ? ' (' + p.departement + ')' : '');
    }
    if (p.precision === 'centre-region') {
      return 'Position approximative : centre de la région';
    }
    if (p.precision === 'centre-territoires-servis') {
      return 'Position approximative : centre des départements où elle intervient';
    }
    if (p.precision === 'centre-france') {
      return 'Position approximative : intervient dans toute la France';
    }
    return 'Position : adresse de la structure';
  }

  function popup(p) {
    var box = document.createElement('div');
    var link = document.createElement('a');
    link.href = p.url;
    link.textContent = p.nom;
    var title = document.createElement('p');
    title.className = 'map-popup-title';
    title.appendChild(link);
    var where = document.createElement('p');
    where.textContent = positionText(p);
    var offers = document.createElement('p');
    offers.textContent = p.nombreOffres === 1 ? '1 offre publiée' : p.nombreOffres + ' offres publiées';
    box.appendChild(title);
    box.appendChild(where);
    box.appendChild(offers);
    return box;
  }

  var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  fetch(container.getAttribute('data-geojson'), { headers: { Accept: 'application/geo+json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (collection) {
      collection.features.forEach(function (feature) {
        var c = feature.geometry.coordinates;
        var p = feature.properties;
        var marker = L.marker([c[1], c[0]], { title: p.nom, alt: p.nom, keyboard: true });
        marker.bindPopup(popup(p));
        cluster.addLayer(marker);
      });
      map.addLayer(cluster);
      var bounds = cluster.getBounds();
      // Métropole and the DROM together would zoom out to the whole globe: keep the métropole view then.
      if (bounds.isValid() && bounds.getEast() - bounds.getWest() < 40) {
        map.fitBounds(bounds, { maxZoom: 10, padding: [20, 20] });
      }
      container.setAttribute('data-loaded', String(collection.features.length));
    })
    .catch(function (error) {
      if (window.console) {
        console.warn('Carte : ' + error);
      }
      var message = document.createElement('p');
      message.className = 'notice';
      message.textContent = 'La carte n\u2019a pas pu charger les structures ; la liste ci-dessous reste complète.';
      container.parentNode.insertBefore(message, container);
      container.hidden = true;
    });
})();
