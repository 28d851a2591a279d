/* Map of the filtered events: Leaflet (served by the app from xstatic-leaflet), tiles from the
   configured tile URL or, offline, country outlines shipped with claimline. Points are grouped
   in a pixel grid at the current zoom (re-grouped on every zoom): a group shows its count and
   zooms in when clicked. */
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var CELL = 56;  // px: points closer than this at the current zoom share a cluster
  var COLORS = { reported: "#c0392b", recalled: "#7f6a4d", claimed: "#d9822b",
                 denied: "#7d3c98", threatened: "#2471a3", hypothetical: "#5d6d7e" };
  var tileUrl = el.dataset.tileUrl;
  var maxZoom = tileUrl ? 18 : 9;
  var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: maxZoom }).setView([25, 20], 2);
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: maxZoom, attribution: el.dataset.tileAttribution || "" })
      .addTo(map);
  } else {
    el.classList.add("offline");
    map.attributionControl.addAttribution("Country outlines: Natural Earth (public domain)");
    fetch("/static/world-110m.geojson").then(function (r) { return r.json(); })
      .then(function (geo) {
        L.geoJSON(geo, { interactive: false, style: { color: "#8a8f98", weight: 0.7,
          fillColor: "#eeebe3", fillOpacity: 1 } }).addTo(map).bringToBack();
      });
  }

  window.claimlineMap = map;  // for tests and the console
  var params = new URLSearchParams(window.location.search);
  params.delete("cursor");
  var points = [];
  var layer = L.layerGroup().addTo(map);

  function text(tag, value, cls) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (cls) { node.className = cls; }
    return node;
  }

  function describe(p) {
    var box = document.createElement("div");
    var link = text("a", p.type + (p.date ? " · " + p.date : ""));
    link.href = "/events/" + encodeURIComponent(p.document_id) + "/" + encodeURIComponent(p.event_id);
    link.className = "popup-event";
    box.appendChild(link);
    var bits = [p.place || "", p.status || ""];
    if (p.fatalities !== null && p.fatalities !== undefined) { bits.push(p.fatalities + " killed"); }
    box.appendChild(text("div", bits.filter(Boolean).join(" · "), "sub"));
    return box;
  }

  function listPopup(members) {
    var box = document.createElement("div");
    box.className = "popup-list";
    members.slice(0, 25).forEach(function (p) { box.appendChild(describe(p)); });
    if (members.length > 25) { box.appendChild(text("div", "… " + (members.length - 25) + " more", "sub")); }
    return box;
  }

  function draw() {
    layer.clearLayers();
    var zoom = map.getZoom();
    var cells = new Map();
    points.forEach(function (p) {
      var px = map.project([p.lat, p.lon], zoom);
      var key = Math.floor(px.x / CELL) + ":" + Math.floor(px.y / CELL);
      var cell = cells.get(key);
      if (!cell) { cell = { lat: 0, lon: 0, members: [] }; cells.set(key, cell); }
      cell.lat += p.lat; cell.lon += p.lon; cell.members.push(p);
    });
    cells.forEach(function (cell) {
      var n = cell.members.length;
      var center = [cell.lat / n, cell.lon / n];
      if (n === 1) {
        var p = cell.members[0];
        L.circleMarker([p.lat, p.lon], { radius: 7, weight: 1.5, color: "#222",
          fillColor: COLORS[p.status] || "#c0392b", fillOpacity: 0.85, className: "event-marker" })
          .bindPopup(describe(p)).addTo(layer);
        return;
      }
      var size = Math.min(54, 24 + Math.round(Math.log(n) * 6));
      var icon = L.divIcon({ html: "<span>" + n + "</span>", className: "cluster",
                             iconSize: [size, size] });
      var marker = L.marker(center, { icon: icon, title: n + " events" }).addTo(layer);
      var bounds = L.latLngBounds(cell.members.map(function (p) { return [p.lat, p.lon]; }));
      marker.on("click", function () {
        var sameSpot = bounds.getNorthEast().equals(bounds.getSouthWest());
        if (zoom >= maxZoom || sameSpot) {
          L.popup().setLatLng(center).setContent(listPopup(cell.members)).openOn(map);
        } else {
          map.fitBounds(bounds.pad(0.3), { maxZoom: Math.min(maxZoom, zoom + 4) });
        }
      });
    });
    el.dataset.clusters = String(cells.size);
  }

  fetch("/api/points?" + params.toString()).then(function (r) { return r.json(); })
    .then(function (data) {
      points = data.points || [];
      el.dataset.points = String(points.length);
      if (points.length) {
        var bounds = L.latLngBounds(points.map(function (p) { return [p.lat, p.lon]; }));
        map.fitBounds(bounds.pad(0.2), { maxZoom: 6 });
      }
      draw();
      map.on("zoomend", draw);
      el.dataset.loaded = "1";
    })
    .catch(function () { el.dataset.loaded = "error"; });
}());
