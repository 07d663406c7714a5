"use strict";
ionhop.health().then(h => {
  document.getElementById("health").textContent = "server: " + h.status + ", ionhop " + h.ionhop_version;
});
