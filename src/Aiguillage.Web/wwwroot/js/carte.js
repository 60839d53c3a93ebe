// Draws the structures of /carte with Leaflet and marker clustering. The list beside the map holds the same structures,
// so without JavaScript (or if this fails) nothing is lost. No inline script: the CSP allows scripts from 'self' only.
(function () {
  'use strict';
  var container = document.getElementById('carte');
  if (!container || !window.L || !L.markerClusterGroup) {
    return;
  }

  // The map and its legend come together; without JavaScript both stay hidden and the list is the page.
  container.hidden = false;
  container.parentNode.hidden = false;
  // No fade: a popup is readable at once (during Leaflet's 200 ms fade its text is pale, which an accessibility scan or a
  // reader of the screen may catch), and nothing moves for people who asked for reduced motion.
  var map = L.map(container, { scrollWheelZoom: false, zoomSnap: 0.5, minZoom: 2, maxZoom: 18, fadeAnimation: false }).setView([46.6, 2.4], 5.5);
  // Leaflet's default prefix carries an inline SVG flag; a plain link keeps the attribution text-only.
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  // Outlines under the pins and their groups, above a plain background.
  map.createPane('outlines').classList.add('outlines-pane');

  var tileUrl = container.getAttribute('data-tile-url');
  if (tileUrl) {
    var attribution = document.createElement('span');
    attribution.textContent = container.getAttribute('data-tile-attribution') || '';
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: attribution.innerHTML }).addTo(map);
  } else {
    container.classList.add('structure-map-plain');
    drawOutlines();
  }

  // Without a tile server the départements and régions, shipped with the site (wwwroot/geo, IGN Admin Express via
  // france-geojson, Licence Ouverte), are the base layer: the map stays readable offline. Drawn by Leaflet's SVG
  // renderer with classes, so no style attribute is needed (CSP), and not interactive: the pins keep the focus.
  function drawOutlines() {
    var layers = [
      ['data-base-departements', 'base-outline base-departement'],
      ['data-base-regions', 'base-outline base-region']
    ];
    map.attributionControl.addAttribution('Contours : IGN Admin Express 2018, via france-geojson (Licence Ouverte)');
    layers.forEach(function (layer) {
      var url = container.getAttribute(layer[0]);
      if (!url) {
        return;
      }
      fetch(url, { headers: { Accept: 'application/geo+json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (outlines) {
          L.geoJSON(outlines, { pane: 'outlines', interactive: false, className: layer[1], style: { className: layer[1] } }).addTo(map);
          container.setAttribute('data-outlines', String((Number(container.getAttribute('data-outlines')) || 0) + outlines.features.length));
        })
        .catch(function (error) {
          if (window.console) {
            console.warn('Fond de carte : ' + error);
          }
        });
    });
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

  // A structure at its commune (or its own address) and one put at a centre (département, served territories) look
  // different, as the legend says: a filled pin is a real place, a hollow dashed one an approximation.
  var pins = {
    exact: L.divIcon({ className: 'pin pin-exact', iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -11] }),
    approx: L.divIcon({ className: 'pin pin-approx', iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -11] })
  };
  function pin(precision) {
    return precision === 'commune' || precision === 'adresse' ? pins.exact : pins.approx;
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
        var marker = L.marker([c[1], c[0]], { icon: pin(p.precision), title: p.nom + ' (' + positionText(p).toLowerCase() + ')', alt: p.nom, keyboard: true });
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
