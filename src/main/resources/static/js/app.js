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

// A form marked data-confirm asks before it is sent (deleting a group, a department, a person…).
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) { event.preventDefault(); }
});

// Table editor: departments chosen from the unit's list fill their heads, in the same order, when
// the 科室负责人 field is empty or still holds what was filled in this way (the user's own text is
// never overwritten), and every chosen department has a recorded head.
(function () {
  function fillHeads(event) {
    var input = event.target;
    if (!input.matches || !input.matches(".row-editor input[name=departments]")) { return; }
    var form = input.closest("form");
    var heads = form && form.querySelector("input[name=heads]");
    var list = input.list;
    if (!heads || !list) { return; }
    var ours = heads.value.trim() === "" || heads.value === heads.getAttribute("data-filled");
    if (!ours) { return; }
    var headOf = {};
    Array.prototype.forEach.call(list.options, function (option) { headOf[option.value] = option.getAttribute("data-head") || ""; });
    var names = input.value.split(/[、，,；;\n\r]+/).map(function (s) { return s.trim(); }).filter(Boolean);
    var found = names.map(function (name) { return headOf[name] || ""; });
    var filled = names.length > 0 && found.every(Boolean) ? found.join("、") : "";
    heads.value = filled;
    heads.setAttribute("data-filled", filled);
  }
  document.addEventListener("input", fillHeads);
  document.addEventListener("change", fillHeads);
})();
