// Marks the row a finding points to when the finding is clicked (the :target rule does the same
// for plain anchors; this also covers re-rendered workspaces where the hash did not change).
document.addEventListener("click", function (event) {
  var link = event.target.closest(".findings li a");
  if (!link) { return; }
  var id = link.getAttribute("href");
  if (!id || id === "#") { event.preventDefault(); return; }
  document.querySelectorAll(".target-table .highlight").forEach(function (el) { el.classList.remove("highlight"); });
  var row = document.querySelector(id);
  if (row) { row.classList.add("highlight"); }
});
