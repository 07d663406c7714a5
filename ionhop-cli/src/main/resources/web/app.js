// Shared code of the ionhop pages: the token, the session, API calls and job polling.
// The token comes from the URL of the first visit (?token=...), is kept in localStorage and sent as
// "Authorization: Bearer"; it is then removed from the address bar so that it does not stay in the history.
"use strict";
const ionhop = (() => {
  const params = new URLSearchParams(location.search);
  if (params.get("token")) {
    localStorage.setItem("ionhop_token", params.get("token"));
    params.delete("token");
    const rest = params.toString();
    history.replaceState(null, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
  }
  let session = sessionStorage.getItem("ionhop_session");
  if (!session) {
    session = Array.from(crypto.getRandomValues(new Uint8Array(12)), b => b.toString(16).padStart(2, "0")).join("");
    sessionStorage.setItem("ionhop_session", session);
  }
  function headers() {
    return { "Authorization": "Bearer " + (localStorage.getItem("ionhop_token") || ""), "X-Ionhop-Session": session };
  }
  async function api(path, opts = {}) {
    const r = await fetch(path, Object.assign({}, opts, { headers: Object.assign(headers(), opts.headers || {}) }));
    if (!r.ok) {
      let msg = r.status + " " + r.statusText;
      try { msg = (await r.json()).error || msg; } catch (e) { /* not JSON */ }
      if (r.status === 401 || r.status === 403) msg += " (open the URL with ?token= that ionhop serve printed)";
      throw new Error(msg);
    }
    return r;
  }
  async function json(path, opts) { return (await api(path, opts)).json(); }
  async function text(path) { return (await api(path)).text(); }
  // Starts an analysis and polls its job until it ends; onProgress(job) is called on every poll.
  async function run(url, form, onProgress) {
    let job = await json(url, { method: "POST", body: form });
    while (job.status === "queued" || job.status === "running") {
      if (onProgress) onProgress(job);
      await new Promise(res => setTimeout(res, 300));
      job = await json("/api/jobs/" + job.id);
    }
    if (onProgress) onProgress(job);
    if (job.status !== "done") throw new Error(job.error || job.status);
    return job;
  }
  function progressText(job) {
    const p = job.progress;
    const pct = p && p.total > 0 ? " " + Math.round(100 * p.done / p.total) + " %" : "";
    return job.status + pct + " (" + job.elapsed_s.toFixed(1) + " s)";
  }
  // Download a job's file (the request needs the token, so it goes through fetch and a blob).
  async function download(jobId, name) {
    const blob = await (await api("/api/jobs/" + jobId + "/files/" + encodeURIComponent(name))).blob();
    saveBlob(blob, name);
  }
  function saveBlob(blob, name) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function fmt(v, digits = 4) {
    if (v === null || v === undefined) return "–";
    if (typeof v === "number") {
      if (v === 0) return "0";
      const a = Math.abs(v);
      return (a >= 1e5 || a < 1e-3) ? v.toExponential(digits - 1) : String(Number(v.toPrecision(digits)));
    }
    if (Array.isArray(v)) return v.map(x => fmt(x, digits)).join(", ");
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  }
  function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "text") e.textContent = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c);
    return e;
  }
  // A table of the scalar values of a JSON object (nested objects flattened with dots), arrays of scalars inline.
  function scalarTable(obj, skip = ["meta"]) {
    const t = el("table", { class: "kv" });
    (function walk(o, prefix) {
      for (const [k, v] of Object.entries(o)) {
        if (skip.includes(k) && !prefix) continue;
        const key = prefix + k;
        if (v !== null && typeof v === "object" && !Array.isArray(v)) walk(v, key + ".");
        else if (Array.isArray(v) && v.length && typeof v[0] === "object") continue;
        else t.append(el("tr", {}, el("th", { text: key }), el("td", { text: fmt(v) })));
      }
    })(obj, "");
    return t;
  }
  async function health() {
    const r = await fetch("/api/health");
    return r.json();
  }
  return { api, json, text, run, progressText, download, saveBlob, fmt, el, scalarTable, health, headers };
})();
