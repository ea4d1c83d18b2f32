// Draws the progress charts from the page's JSON block. Each chart also has a summary and a
// table in the page, so nothing here is the only way to read the data.
(function () {
  var block = document.getElementById("chart-data");
  if (!block || !window.Chart) return;
  var data = JSON.parse(block.textContent);
  var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var BAND_FILLS = ["#ecfdf5", "#fefce8", "#fff7ed", "#fef2f2", "#fde8e8"];

  // Shades each severity band behind the line.
  var bandsPlugin = {
    id: "bands",
    beforeDatasetsDraw: function (chart, args, options) {
      if (!options.bands) return;
      var y = chart.scales.y, area = chart.chartArea, ctx = chart.ctx;
      ctx.save();
      options.bands.forEach(function (band, i) {
        var top = y.getPixelForValue(Math.min(band.max + 0.5, y.max));
        var bottom = y.getPixelForValue(Math.max(band.min - 0.5, y.min));
        ctx.fillStyle = BAND_FILLS[i % BAND_FILLS.length];
        ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
        ctx.fillStyle = "#4a5562";
        ctx.font = "11px system-ui, sans-serif";
        ctx.fillText(band.label, area.left + 4, top + 12);
      });
      ctx.restore();
    },
  };

  function draw(canvas, config) {
    config.options = Object.assign(
      { responsive: true, maintainAspectRatio: false, animation: still ? false : { duration: 300 } },
      config.options
    );
    var chart = new window.Chart(canvas, config);
    canvas.dataset.rendered = String(config.data.labels.length);
    return chart;
  }

  var days = data.checkins;
  var checkinCanvas = document.querySelector("canvas[data-chart=checkins]");
  if (checkinCanvas && days.length) {
    var line = function (label, key, colour, dash) {
      return { label: label, data: days.map(function (d) { return d[key]; }), borderColor: colour,
               backgroundColor: colour, borderDash: dash, tension: 0.2, spanGaps: true };
    };
    draw(checkinCanvas, {
      type: "line",
      data: {
        labels: days.map(function (d) { return d.date; }),
        datasets: [line("Mood", "mood", "#1d4ed8", []), line("Sleep", "sleep", "#047857", [6, 4]),
                   line("Anxiety", "anxiety", "#b45309", [2, 3])],
      },
      options: { scales: { y: { min: 0, max: 10, title: { display: true, text: "0 to 10" } } } },
    });
  }

  data.scores.forEach(function (series) {
    var canvas = document.querySelector('canvas[data-chart="' + series.id + '"]');
    if (!canvas || !series.points.length) return;
    var points = series.points;
    draw(canvas, {
      type: "line",
      plugins: [bandsPlugin],
      data: {
        labels: points.map(function (p) { return p.date; }),
        datasets: [{
          label: series.name + " total",
          data: points.map(function (p) { return p.total; }),
          borderColor: "#1b1f24",
          backgroundColor: "#1b1f24",
          pointStyle: points.map(function (p) { return p.change ? "rectRot" : "circle"; }),
          pointRadius: points.map(function (p) { return p.change ? 8 : 4; }),
        }],
      },
      options: {
        plugins: {
          bands: { bands: series.bands },
          tooltip: { callbacks: { afterLabel: function (item) {
            var p = points[item.dataIndex];
            return p.band + (p.change ? " — " + p.change : "");
          } } },
        },
        scales: { y: { min: 0, max: series.max } },
      },
    });
  });
})();
