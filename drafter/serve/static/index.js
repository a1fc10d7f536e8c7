// drafter serve: the list of facts files and "new file" (plain JavaScript, no build step).
"use strict";
document.getElementById("new-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const genres = [...document.querySelectorAll("input[name=genre]:checked")].map((i) => i.value);
  const reply = await fetch("api/new", {
    method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify({name: document.getElementById("new-name").value, genres}),
  });
  const body = await reply.json();
  if (!reply.ok) { document.getElementById("new-error").textContent = body.error; return; }
  location.href = "edit?f=" + encodeURIComponent(body.file);
});
