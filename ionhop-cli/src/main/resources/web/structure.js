// Structure page: info + bvse of one structure; 3D cell with atoms, the mobile-ion isosurface (3Dmol.js, from the
// cube file that bvse writes), sites and hops coloured by E_KRA, barriers and the profile of the lowest path.
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  let viewer = null, volume = null, surface = null, netShapes = [], result = null;

  function status(msg, error) {
    $("status").textContent = msg;
    $("status").className = error ? "error" : "status";
  }

  function fracToCart(f, L) {
    return { x: f[0] * L[0][0] + f[1] * L[1][0] + f[2] * L[2][0],
             y: f[0] * L[0][1] + f[1] * L[1][1] + f[2] * L[2][1],
             z: f[0] * L[0][2] + f[1] * L[1][2] + f[2] * L[2][2] };
  }

  // blue (low E_KRA) to red (high)
  function colour(t) {
    const c = Math.max(0, Math.min(1, t));
    const r = Math.round(255 * c), b = Math.round(255 * (1 - c)), g = Math.round(80 + 60 * (1 - Math.abs(2 * c - 1)));
    return "#" + [r, g, b].map(v => v.toString(16).padStart(2, "0")).join("");
  }

  function drawIsosurface() {
    const v = parseFloat($("iso").value);
    $("isoval").textContent = v.toFixed(2);
    if (!viewer || !volume) return;
    if (surface) viewer.removeShape(surface);
    surface = viewer.addIsosurface(volume, { isoval: v, color: "#f5a300", opacity: 0.8, smoothness: 1 });
    viewer.render();
    $("viewer").dataset.isosurface = v.toFixed(2);
  }

  function drawNetwork(net) {
    netShapes.forEach(s => viewer.removeShape(s));
    netShapes = [];
    if (!$("shownet").checked) { viewer.render(); return; }
    const L = net.lattice;
    const kras = net.hops.map(h => h.kra_eV);
    const lo = Math.min(...kras), hi = Math.max(...kras);
    for (const h of net.hops) {
      const a = net.sites[h.from].frac, b = net.sites[h.to].frac;
      const end = [b[0] + h.image[0], b[1] + h.image[1], b[2] + h.image[2]];
      netShapes.push(viewer.addCylinder({ start: fracToCart(a, L), end: fracToCart(end, L), radius: 0.08,
        color: colour(hi > lo ? (h.kra_eV - lo) / (hi - lo) : 0), fromCap: 1, toCap: 1 }));
    }
    for (const s of net.sites) {
      netShapes.push(viewer.addSphere({ center: fracToCart(s.frac, L), radius: 0.25, color: "#2a9d8f" }));
    }
    viewer.render();
  }

  function drawCell(L) {
    const o = [0, 0, 0];
    const corners = [];
    for (let i = 0; i < 8; i++) corners.push([(i & 1), (i >> 1) & 1, (i >> 2) & 1]);
    for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) {
      const d = corners[i].map((v, k) => Math.abs(v - corners[j][k])).reduce((x, y) => x + y, 0);
      if (d === 1) viewer.addLine({ start: fracToCart(corners[i], L), end: fracToCart(corners[j], L), color: "#333" });
    }
    return o;
  }

  function setBarriers(r) {
    $("barrier-1d").textContent = ionhop.fmt(r.barrier_1d_eV, 3);
    $("barrier-2d").textContent = ionhop.fmt(r.barrier_2d_eV, 3);
    $("barrier-3d").textContent = ionhop.fmt(r.barrier_3d_eV, 3);
    $("directions").textContent = "conduction dimensionality " + r.dimensionality + "D; percolation directions "
      + (r.percolation_directions || []).map(d => "[" + d.join(" ") + "]").join(", ");
    const top = Math.max(1, (r.barrier_3d_eV || r.barrier_1d_eV || 1) + 0.3);
    $("iso").max = Math.min(top, r.search_cap_eV || top).toFixed(2);
    const start = r.barrier_1d_eV !== null ? r.barrier_1d_eV + 0.02 : 0.5;
    $("iso").value = start.toFixed(2);
  }

  function hopsTable(r) {
    const t = ionhop.el("table", { class: "grid" }, ionhop.el("tr", {}, ...["hop", "length (Å)", "saddle (eV)", "E_KRA (eV)"]
      .map(h => ionhop.el("th", { text: h }))));
    for (const h of r.hop_types || []) {
      t.append(ionhop.el("tr", {}, ...[h.type, ionhop.fmt(h.distance_A), ionhop.fmt(h.saddle_energy_eV), ionhop.fmt(h.kra_eV)]
        .map(v => ionhop.el("td", { text: v }))));
    }
    $("hops").replaceChildren(t);
  }

  function profilePlot(csv) {
    const x = [], y = [];
    for (const line of csv.split("\n")) {
      const p = line.split(",");
      if (p.length === 3 && p[0] === "lowest 1D path") { x.push(+p[1]); y.push(+p[2]); }
    }
    Plotly.newPlot("profile", [{ x, y, mode: "lines", name: "lowest 1D path",
      hovertemplate: "%{x:.3f} Å<br>%{y:.3f} eV<extra></extra>" }],
      { margin: { t: 10, r: 10 }, xaxis: { title: { text: "distance along the path (Å)" } },
        yaxis: { title: { text: "energy above the lowest site (eV)" } } }, { responsive: true });
  }

  function downloads(jobs) {
    const box = $("downloads");
    box.replaceChildren();
    for (const [label, job] of Object.entries(jobs)) {
      box.append(ionhop.el("button", { type: "button", text: label + ".json", onclick: async () => {
        ionhop.saveBlob(await (await ionhop.api("/api/jobs/" + job.id + "/result")).blob(), label + ".json");
      } }));
      for (const f of job.files || []) {
        box.append(ionhop.el("button", { type: "button", text: f, onclick: () => ionhop.download(job.id, f) }));
      }
    }
  }

  async function show(infoJob, bvseJob) {
    result = bvseJob.result;
    $("info").replaceChildren(ionhop.scalarTable(infoJob.result));
    $("bvse").replaceChildren(ionhop.scalarTable(result, ["meta", "files", "note"]));
    setBarriers(result);
    hopsTable(result);
    const cubeName = bvseJob.files.find(f => f.endsWith("_bvse.cube"));
    const netName = bvseJob.files.find(f => f.endsWith("_network.json"));
    const csvName = bvseJob.files.find(f => f.endsWith("_profiles.csv"));
    const [cube, net, csv] = await Promise.all([ionhop.text("/api/jobs/" + bvseJob.id + "/files/" + cubeName),
      ionhop.json("/api/jobs/" + bvseJob.id + "/files/" + netName),
      ionhop.text("/api/jobs/" + bvseJob.id + "/files/" + csvName)]);
    if (!viewer) viewer = $3Dmol.createViewer($("viewer"), { backgroundColor: "white" });
    viewer.clear();
    surface = null;
    netShapes = [];
    const model = viewer.addModel(cube, "cube");
    viewer.setStyle({}, { sphere: { scale: 0.25 }, stick: { radius: 0.08 } });
    model.setStyle({ elem: result.ion }, { sphere: { scale: 0.3, color: "#2a9d8f" } });
    volume = new $3Dmol.VolumeData(cube, "cube");
    drawCell(net.lattice);
    drawNetwork(net);
    $("shownet").onchange = () => drawNetwork(net);
    viewer.zoomTo();
    viewer.zoom(1.6);
    drawIsosurface();
    profilePlot(csv);
    downloads({ info: infoJob, bvse: bvseJob });
  }

  async function run(infoUrl, infoForm, bvseUrl, bvseForm) {
    status("running…");
    $("run").disabled = true;
    try {
      const jobs = {};
      const progress = j => { jobs[j.analysis] = j; status(Object.values(jobs).map(x => x.analysis + ": " + ionhop.progressText(x)).join("; ")); };
      const [infoJob, bvseJob] = await Promise.all([ionhop.run(infoUrl, infoForm, progress),
        ionhop.run(bvseUrl, bvseForm, progress)]);
      const [info, bvse] = await Promise.all([ionhop.json("/api/jobs/" + infoJob.id), ionhop.json("/api/jobs/" + bvseJob.id)]);
      await show(info, bvse);
      status("done in " + bvse.elapsed_s.toFixed(1) + " s");
    } catch (e) {
      status(e.message, true);
    } finally {
      $("run").disabled = false;
    }
  }

  $("form").addEventListener("submit", ev => {
    ev.preventDefault();
    const f = $("file").files[0];
    if (!f) { status("choose a structure file first", true); return; }
    const info = new FormData(); info.append("file", f);
    const bvse = new FormData(); bvse.append("file", f);
    bvse.append("ion", $("ion").value); bvse.append("grid", $("grid").value);
    run("/api/analyses/info", info, "/api/analyses/bvse", bvse);
  });
  $("iso").addEventListener("input", drawIsosurface);
  document.querySelectorAll("button[data-dim]").forEach(b => b.addEventListener("click", () => {
    if (!result) return;
    const v = result["barrier_" + b.dataset.dim + "d_eV"];
    if (v !== null && v !== undefined) { $("iso").value = (v + 0.02).toFixed(2); drawIsosurface(); }
  }));
  // from the screen page: structure.html?store=0&key=SHA#BLOCK runs the row's own file
  const q = new URLSearchParams(location.search);
  if (q.get("store") !== null && q.get("key")) {
    const base = "/api/screens/" + encodeURIComponent(q.get("store")) + "/analyses/";
    const key = "?key=" + encodeURIComponent(q.get("key"));
    const bf = new FormData();
    bf.append("grid", $("grid").value);
    run(base + "info" + key, new FormData(), base + "bvse" + key, bf);
  }
})();
