// Analysis page (kmc, md, eis, nmr, defects): the form is built from the command's own options
// (GET /api/analyses/NAME/options), the job runs the command, and the result JSON (the CLI's) is shown as numbers,
// tables and interactive plots: Nyquist with equal axes and Bode with log axes for eis, Arrhenius plots (log y,
// error bars) for every list of results over temperature.
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

  async function show(job) {
    const r = job.result;
    $("plots").replaceChildren();
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
