// Analysis page (kmc, md, eis, nmr, defects): the form is built from the command's own options
// (GET /api/analyses/NAME/options), the job runs the command, and the result JSON (the CLI's) is shown as numbers,
// tables and interactive plots: Nyquist with equal axes and Bode with log axes for eis; for md, kmc, nmr t1/pfg and
// defects the curves of the command's own SVG figures (GET /api/jobs/ID/plot: same points, axis titles with units,
// log axes, shaded fit windows and regimes); Arrhenius plots (log y, error bars) for every list of results over
// temperature.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const q = new URLSearchParams(location.search);
  const name = q.get("name") || "kmc";
  let mode = q.get("mode") || "t1";
  const el = ionhop.el;

  function status(msg, error) { $("status").textContent = msg; $("status").className = error ? "error" : "status"; }

  async function buildForm() {
    const spec = await ionhop.json("/api/analyses/" + name + "/options" + (name === "nmr" ? "?mode=" + mode : ""));
    $("title").textContent = "ionhop " + spec.command;
    $("description").textContent = spec.description;
    if (spec.modes) {
      const sel = el("select", { name: "mode", id: "mode" }, ...spec.modes.map(m => el("option", { value: m, text: m })));
      sel.value = mode;
      sel.onchange = () => { mode = sel.value; buildForm(); };
      $("modebox").replaceChildren(el("div", { class: "opt" }, el("label", { text: "mode" }), sel));
    }
    const p = spec.parameters[0];
    $("file").style.display = $("filelabel").style.display = p ? "" : "none";
    if (p) {
      $("filelabel").textContent = p.label + (p.multiple ? " (one or more)" : "");
      $("file").multiple = p.multiple;
      $("file").title = p.description;
    }
    const box = $("options");
    box.replaceChildren();
    for (const o of spec.options) {
      let input;
      if (o.switch) input = el("input", { type: "checkbox", name: o.name, value: "true" });
      else if (o.file) input = el("input", { type: "file", name: o.name });
      else input = el("input", { name: o.name, placeholder: o.label || "", size: 18 });
      box.append(el("div", { class: "opt" }, el("label", { text: o.name }), input, " ", el("small", { text: o.description })));
    }
  }

  function records(result) {
    // every array of objects at the top level: fits, sweep, points of a series, ...
    return Object.entries(result).filter(([k, v]) => k !== "meta" && Array.isArray(v) && v.length && typeof v[0] === "object" && v[0] !== null);
  }

  function recordTable(key, rows) {
    const cols = Object.keys(rows[0]).filter(c => rows.some(r => r[c] === null || typeof r[c] !== "object"));
    const t = el("table", { class: "grid" }, el("tr", {}, ...cols.map(c => el("th", { text: c }))));
    for (const r of rows) t.append(el("tr", {}, ...cols.map(c => el("td", { text: ionhop.fmt(r[c]) }))));
    return el("div", {}, el("h4", { text: key }), el("div", { class: "scroll" }, t));
  }

  // Arrhenius plot of a list over temperature: log y with error bars, x = 1000/T, hover with units.
  function arrhenius(key, rows, units) {
    const numeric = Object.keys(rows[0]).filter(c => c !== "temperature_K" && !c.includes("_err")
      && rows.every(r => typeof r[c] === "number" && r[c] > 0));
    if (!numeric.length) return null;
    const div = el("div", { class: "plot" });
    const sel = el("select", {}, ...numeric.map(c => el("option", { value: c, text: c })));
    const pick = numeric.find(c => /sigma_S_cm|D_tracer_cm2_s|sigma/.test(c)) || numeric[0];
    sel.value = pick;
    const draw = () => {
      const c = sel.value;
      const errKey = c.replace(/(_cm2_s|_S_cm|_ohm|_eV|_s)$/, "_err$1");
      const x = rows.map(r => 1000 / r.temperature_K), y = rows.map(r => r[c]);
      const err = rows.map(r => r[errKey] !== undefined ? r[errKey] : (r[c + "_err"] !== undefined ? r[c + "_err"] : null));
      Plotly.newPlot(div, [{ x, y, mode: "markers+lines", name: c,
        error_y: err.some(e => e !== null) ? { type: "data", array: err, visible: true } : undefined,
        customdata: rows.map(r => r.temperature_K),
        hovertemplate: "T = %{customdata:.1f} K<br>" + c + " = %{y:.4g}<extra></extra>" }],
        { margin: { t: 30 }, title: { text: key + ": Arrhenius" }, xaxis: { title: { text: "1000 / T (1/K)" } },
          yaxis: { type: "log", title: { text: c } } }, { responsive: true });
    };
    sel.onchange = draw;
    setTimeout(draw, 0);
    return el("div", {}, el("label", { text: "quantity " }), sel, div);
  }

  async function eisPlots(job) {
    const data = await ionhop.json("/api/jobs/" + job.id + "/plot");
    const nyq = el("div", { class: "plot", id: "nyquist" }), bode = el("div", { class: "plot", id: "bode" });
    $("plots").append(el("h4", { text: "Nyquist (equal axes)" }), nyq, el("h4", { text: "Bode |Z|" }), bode);
    const traces = [], btraces = [];
    for (const s of data.spectra) {
      traces.push({ x: s.re_ohm, y: s.im_ohm.map(v => -v), mode: "markers", name: s.file, customdata: s.f_Hz,
        hovertemplate: "Z' = %{x:.4g} Ohm<br>-Z'' = %{y:.4g} Ohm<br>f = %{customdata:.4g} Hz<extra></extra>" });
      btraces.push({ x: s.f_Hz, y: s.re_ohm.map((r, i) => Math.hypot(r, s.im_ohm[i])), mode: "markers", name: s.file,
        hovertemplate: "f = %{x:.4g} Hz<br>|Z| = %{y:.4g} Ohm<extra></extra>" });
      if (s.fit) {
        traces.push({ x: s.fit.re_ohm, y: s.fit.im_ohm.map(v => -v), mode: "lines", name: "fit " + s.circuit,
          customdata: s.fit.f_Hz, hovertemplate: "fit<br>Z' = %{x:.4g} Ohm<br>-Z'' = %{y:.4g} Ohm<br>f = %{customdata:.4g} Hz<extra></extra>" });
        btraces.push({ x: s.fit.f_Hz, y: s.fit.re_ohm.map((r, i) => Math.hypot(r, s.fit.im_ohm[i])), mode: "lines",
          name: "fit " + s.circuit });
      }
    }
    await Plotly.newPlot(nyq, traces, { margin: { t: 10 }, xaxis: { title: { text: "Z' (Ohm)" } },
      yaxis: { title: { text: "-Z'' (Ohm)" }, scaleanchor: "x", scaleratio: 1 } }, { responsive: true });
    await Plotly.newPlot(bode, btraces, { margin: { t: 10 }, xaxis: { type: "log", title: { text: "f (Hz)" } },
      yaxis: { type: "log", title: { text: "|Z| (Ohm)" } } }, { responsive: true });
    nyq.dataset.ready = "true";
  }

  // "lag time (ps)" -> ["lag time", "ps"]; a label without a unit in brackets keeps an empty unit
  function nameUnit(label) {
    const m = /^(.*\S)\s*\(([^()]*)\)$/.exec(label || "");
    return m ? [m[1], m[2]] : [label || "", ""];
  }

  // One figure of the command (FigureData JSON) as a plotly chart: hover gives both values with units, 1000/T axes
  // also the temperature, error bars where the SVG has them, x ranges (fit window, regimes) shaded.
  function figurePlot(f) {
    const [xn, xu] = nameUnit(f.x.label), [yn, yu] = nameUnit(f.y.label);
    const inverseT = /^1000 \/ T/.test(f.x.label);
    const traces = f.series.map(s => ({
      x: s.x, y: s.y, name: s.name, type: "scatter",
      mode: s.lines && s.markers ? "lines+markers" : s.markers ? "markers" : "lines",
      error_y: s.err ? { type: "data", array: s.err, visible: true } : undefined,
      customdata: inverseT ? s.x.map(v => 1000 / v) : undefined,
      hovertemplate: s.name + "<br>" + xn + " = %{x:.4g} " + xu + "<br>" + yn + " = %{y:.4g} " + yu
        + (inverseT ? "<br>T = %{customdata:.1f} K" : "") + "<extra></extra>" }));
    const shapes = [], annotations = [];
    f.bands.forEach((b, i) => {
      shapes.push({ type: "rect", xref: "x", yref: "paper", x0: b.from, x1: b.to, y0: 0, y1: 1, layer: "below",
        line: { width: 0 }, fillcolor: ["rgba(31,119,180,0.12)", "rgba(214,39,40,0.10)", "rgba(44,160,44,0.10)"][i % 3] });
      if (b.label) annotations.push({ x: f.x.log ? Math.sqrt(b.from * b.to) : (b.from + b.to) / 2, xref: "x", y: 1,
        yref: "paper", yanchor: "bottom", text: b.label, showarrow: false, font: { size: 10 } });
    });
    const div = el("div", { class: "plot figure", "data-file": f.file });
    setTimeout(() => Plotly.newPlot(div, traces, { margin: { t: 40 }, title: { text: f.title, font: { size: 14 }, x: 0.02, xanchor: "left" },
      xaxis: { type: f.x.log ? "log" : "linear", title: { text: f.x.label } },
      yaxis: { type: f.y.log ? "log" : "linear", title: { text: f.y.label } },
      shapes, annotations, legend: { orientation: "h", y: -0.25 } }, { responsive: true })
      .then(() => { div.dataset.ready = "true"; }), 0);
    return div;
  }

  async function figurePlots(job) {
    const data = await ionhop.json("/api/jobs/" + job.id + "/plot");
    for (const f of data.figures) $("plots").append(figurePlot(f));
  }

  async function show(job) {
    const r = job.result;
    $("plots").replaceChildren();
    if (name !== "eis") await figurePlots(job);
    $("numbers").replaceChildren(el("h4", { text: "numbers (units: " + JSON.stringify(r.meta && r.meta.units || {}) + ")" }),
      ionhop.scalarTable(r));
    for (const [key, rows] of records(r)) {
      $("numbers").append(recordTable(key, rows));
      if (rows.length >= 2 && rows.every(x => typeof x.temperature_K === "number")) {
        const p = arrhenius(key, rows);
        if (p) $("plots").append(p);
      }
    }
    if (name === "eis") await eisPlots(job);
    $("download").replaceChildren(el("button", { type: "button", text: "download " + name + ".json", onclick: async () =>
      ionhop.saveBlob(await (await ionhop.api("/api/jobs/" + job.id + "/result")).blob(), name + ".json") }));
  }

  $("form").addEventListener("submit", async ev => {
    ev.preventDefault();
    const form = new FormData();
    if (name === "nmr") form.append("mode", mode);
    for (const f of $("file").files) form.append("file", f);
    for (const input of $("options").querySelectorAll("input")) {
      if (input.type === "checkbox") { if (input.checked) form.append(input.name, "true"); }
      else if (input.type === "file") { if (input.files[0]) form.append(input.name, input.files[0]); }
      else if (input.value.trim()) form.append(input.name, input.value.trim());
    }
    $("run").disabled = true;
    try {
      const job = await ionhop.run("/api/analyses/" + name, form, j => status(ionhop.progressText(j)));
      const full = await ionhop.json("/api/jobs/" + job.id);
      await show(full);
      status("done in " + full.elapsed_s.toFixed(1) + " s");
    } catch (e) {
      status(e.message, true);
    } finally {
      $("run").disabled = false;
    }
  });
  buildForm().catch(e => status(e.message, true));
})();
