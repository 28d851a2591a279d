/* Histogram of the filtered events by date (all dates, so the current range shows in context).
   Drag across it (or click a bar) to set the "from"/"to" filters and reload the page. */
(function () {
  "use strict";
  var svg = document.getElementById("timeline");
  var form = document.getElementById("filters");
  if (!svg || !form) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var HEIGHT = 96, AXIS = 18;
  var params = new URLSearchParams(window.location.search);
  var since = params.get("since") || "", until = params.get("until") || "";
  ["since", "until", "cursor"].forEach(function (k) { params.delete(k); });

  function node(tag, attrs, parent) {
    var n = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(n); }
    return n;
  }

  function inRange(bin) {
    var lo = since ? pad(since, false) : "0000-00-00", hi = until ? pad(until, true) : "9999-99-99";
    return bin.end >= lo && bin.start <= hi && (since || until);
  }

  function pad(value, last) {  // a partial date as its first (or last) day, for comparisons
    if (value.length === 4) { return value + (last ? "-12-31" : "-01-01"); }
    if (value.length === 7) { return value + (last ? "-31" : "-01"); }
    return value;
  }

  function draw(data) {
    var bins = data.bins || [];
    var info = document.getElementById("timeline-info");
    if (info) {
      info.textContent = data.total + " events" + (data.undated ? " (" + data.undated + " undated)" : "") +
        (bins.length ? ", by " + data.bucket : "");
    }
    var width = svg.clientWidth || 600;
    svg.setAttribute("viewBox", "0 0 " + width + " " + HEIGHT);
    svg.setAttribute("height", HEIGHT);
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    if (!bins.length) {
      node("text", { x: 8, y: HEIGHT / 2, "class": "empty" }, svg).textContent = "No dated events.";
      return;
    }
    var bw = width / bins.length;
    var max = Math.max.apply(null, bins.map(function (b) { return b.count; })) || 1;
    var plot = HEIGHT - AXIS;
    bins.forEach(function (b, i) {
      var h = b.count ? Math.max(2, Math.round((b.count / max) * (plot - 4))) : 0;
      var rect = node("rect", { x: i * bw + 0.5, y: plot - h, width: Math.max(1, bw - 1), height: h,
        "class": "bar" + (inRange(b) ? " selected" : ""), "data-start": b.start, "data-end": b.end }, svg);
      node("title", {}, rect).textContent = b.start + (b.end !== b.start ? " – " + b.end : "") + ": " + b.count;
    });
    var every = Math.max(1, Math.ceil(bins.length / Math.max(2, Math.floor(width / 80))));
    bins.forEach(function (b, i) {
      if (i % every) { return; }
      var label = data.bucket === "year" ? b.start.slice(0, 4) : data.bucket === "month" ? b.start.slice(0, 7) : b.start;
      node("text", { x: i * bw + 2, y: HEIGHT - 4, "class": "tick" }, svg).textContent = label;
    });
    brush(bins, bw, plot);
    svg.dataset.bins = String(bins.length);
  }

  function brush(bins, bw, plot) {
    var sel = node("rect", { x: 0, y: 0, width: 0, height: plot, "class": "brush" }, svg);
    var x0 = null;
    function xOf(evt) {
      var box = svg.getBoundingClientRect();
      var scale = (svg.viewBox.baseVal.width || box.width) / box.width;
      return Math.max(0, Math.min(box.width * scale - 1, (evt.clientX - box.left) * scale));
    }
    svg.addEventListener("pointerdown", function (evt) {
      x0 = xOf(evt);
      if (svg.setPointerCapture) { svg.setPointerCapture(evt.pointerId); }
      sel.setAttribute("x", x0); sel.setAttribute("width", 0);
      evt.preventDefault();
    });
    svg.addEventListener("pointermove", function (evt) {
      if (x0 === null) { return; }
      var x = xOf(evt);
      sel.setAttribute("x", Math.min(x0, x)); sel.setAttribute("width", Math.abs(x - x0));
    });
    svg.addEventListener("pointerup", function (evt) {
      if (x0 === null) { return; }
      var x = xOf(evt);
      var i0 = Math.floor(Math.min(x0, x) / bw), i1 = Math.floor(Math.max(x0, x) / bw);
      x0 = null;
      i0 = Math.max(0, Math.min(bins.length - 1, i0)); i1 = Math.max(0, Math.min(bins.length - 1, i1));
      document.getElementById("f-since").value = bins[i0].start;
      document.getElementById("f-until").value = bins[i1].end;
      var cursor = form.querySelector("input[name=cursor]");
      if (cursor) { cursor.remove(); }
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    });
  }

  fetch("/api/timeline?" + params.toString()).then(function (r) { return r.json(); })
    .then(function (data) {
      draw(data);
      window.addEventListener("resize", function () { draw(data); });
    });
}());

/* Filter form: leave empty fields out of the URL. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.elements, function (input) {
      if (input.name && !input.value) { input.disabled = true; }
    });
  });
}());
