// Screen page: the results store of `ionhop screen`, sorted, filtered and paged by the server (DuckDB), and a
// scatter plot of two columns (a seeded sample of at most 5000 points) whose box/lasso selection filters the table.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const el = ionhop.el;
  const SHOWN = ["file", "block", "status", "formula", "space_group", "space_group_detected", "mobile_ion", "barrier_1d_eV", "barrier_2d_eV",
    "barrier_3d_eV", "dimensionality", "volume_A3", "density_g_cm3", "mobile_ion_density_cm3", "sigma_300K_S_cm", "Ea_eV", "message"];
  const state = { store: 0, sort: "barrier_1d_eV", desc: false, offset: 0, filters: [], columns: [] };

  function query(extra) {
    const p = new URLSearchParams(extra);
    for (const f of state.filters) p.append("filter", f);
    return p.toString();
  }

  async function loadRows() {
    const t0 = performance.now();
    const limit = +$("limit").value;
    const data = await ionhop.json("/api/screens/" + state.store + "/rows?" + query({ sort: state.sort,
      desc: state.desc, offset: state.offset, limit }));
    const ms = performance.now() - t0;
    const shown = $("allcols").checked ? data.columns : SHOWN;
    const idx = shown.map(c => data.columns.indexOf(c));
    const head = el("tr", {}, ...shown.map(c => el("th", { text: c + (c === state.sort ? (state.desc ? " ▼" : " ▲") : ""),
      "data-col": c, title: (state.columns.find(x => x.name === c) || {}).description || "",
      onclick: () => { state.desc = state.sort === c ? !state.desc : false; state.sort = c; state.offset = 0; loadRows(); } })));
    const keyIdx = [data.columns.indexOf("input_sha256"), data.columns.indexOf("block")];
    const rows = data.rows.map(r => el("tr", { "data-key": r[keyIdx[0]] + "#" + r[keyIdx[1]],
      onclick: () => openRow(r[keyIdx[0]] + "#" + r[keyIdx[1]]) }, ...idx.map(i => el("td", { text: ionhop.fmt(r[i]) }))));
    $("table").replaceChildren(head, ...rows);
    $("table").dataset.sort = state.sort + (state.desc ? ":desc" : ":asc");
    $("page").textContent = (data.total ? state.offset + 1 : 0) + "–" + Math.min(state.offset + limit, data.total) + " of " + data.total;
    $("timing").textContent = "page in " + ms.toFixed(0) + " ms";
    $("prev").disabled = state.offset === 0;
    $("next").disabled = state.offset + limit >= data.total;
  }

  async function loadScatter() {
    const x = $("x").value, y = $("y").value;
    const d = await ionhop.json("/api/screens/" + state.store + "/points?" + query({ x, y, limit: 5000 }));
    await Plotly.newPlot("scatter", [{ x: d.x, y: d.y, customdata: d.key, text: d.formula, mode: "markers", type: "scatter",
      marker: { size: 5, opacity: 0.6 },
      hovertemplate: "%{text}<br>" + x + " = %{x:.4g}<br>" + y + " = %{y:.4g}<extra></extra>" }],
      { margin: { t: 30 }, dragmode: "select", title: { text: d.total + " rows" + (d.sampled ? " (5000 shown)" : "") },
        xaxis: { title: { text: x } }, yaxis: { title: { text: y }, type: $("logy").checked ? "log" : "linear" } },
      { responsive: true });
    const plot = $("scatter");
    plot.removeAllListeners && plot.removeAllListeners("plotly_selected");
    plot.on("plotly_selected", ev => {
      if (!ev || !ev.range && !ev.lassoPoints) return;
      let xs, ys;
      if (ev.range) { xs = ev.range.x; ys = ev.range.y; } else { xs = [Math.min(...ev.lassoPoints.x), Math.max(...ev.lassoPoints.x)]; ys = [Math.min(...ev.lassoPoints.y), Math.max(...ev.lassoPoints.y)]; }
      if ($("logy").checked) ys = ys.map(v => Math.pow(10, v));
      state.filters = state.filters.filter(f => !f.startsWith(x + ":g") && !f.startsWith(x + ":l") && !f.startsWith(y + ":g") && !f.startsWith(y + ":l"));
      state.filters.push(x + ":ge:" + xs[0], x + ":le:" + xs[1], y + ":ge:" + ys[0], y + ":le:" + ys[1]);
      state.offset = 0;
      showFilters(); loadRows();
    });
    plot.on("plotly_click", ev => { if (ev.points.length) openRow(ev.points[0].customdata); });
  }

  function openRow(key) {
    location.href = "/structure.html?store=" + state.store + "&key=" + encodeURIComponent(key);
  }

  function showFilters() {
    $("filters").replaceChildren(...state.filters.map((f, i) => el("button", { type: "button", text: f + " ✕", title: "remove",
      onclick: () => { state.filters.splice(i, 1); state.offset = 0; showFilters(); refresh(); } })));
  }

  function refresh() { return Promise.all([loadRows(), loadScatter()]); }

  async function init() {
    const stores = await ionhop.json("/api/screens");
    if (!stores.length) { $("count").textContent = "no store: start ionhop serve with --store FILE"; return; }
    $("store").replaceChildren(...stores.map(s => el("option", { value: s.id, text: s.name })));
    $("count").textContent = stores[0].rows + " rows";
    $("store").onchange = () => { state.store = +$("store").value; state.offset = 0; refresh(); };
    state.columns = await ionhop.json("/api/screens/" + state.store + "/columns");
    const numeric = state.columns.filter(c => c.type !== "text").map(c => c.name);
    $("fcol").replaceChildren(...state.columns.map(c => el("option", { value: c.name, text: c.name })));
    $("x").replaceChildren(...numeric.map(c => el("option", { value: c, text: c })));
    $("y").replaceChildren(...numeric.map(c => el("option", { value: c, text: c })));
    $("x").value = "volume_per_anion_A3"; $("y").value = "barrier_1d_eV";
    for (const id of ["x", "y", "logy"]) $(id).onchange = loadScatter;
    $("limit").onchange = () => { state.offset = 0; loadRows(); };
    $("allcols").onchange = loadRows;
    $("prev").onclick = () => { state.offset = Math.max(0, state.offset - +$("limit").value); loadRows(); };
    $("next").onclick = () => { state.offset += +$("limit").value; loadRows(); };
    $("fadd").onclick = () => { state.filters.push($("fcol").value + ":" + $("fop").value + ($("fop").value.endsWith("null") ? "" : ":" + $("fval").value)); state.offset = 0; showFilters(); refresh().catch(e => $("timing").textContent = e.message); };
    $("fclear").onclick = () => { state.filters = []; state.offset = 0; showFilters(); refresh(); };
    await refresh();
  }
  init().catch(e => { $("count").textContent = e.message; $("count").className = "error"; });
})();
