// Hovering a table row outlines that record's marks in the text, and hovering a mark its row.
(function () {
  function light(id, on) {
    document.querySelectorAll('[data-id="' + id + '"]').forEach(function (el) { el.classList.toggle("lit", on); });
  }
  document.querySelectorAll("[data-id]").forEach(function (el) {
    var id = el.getAttribute("data-id");
    el.addEventListener("mouseenter", function () { light(id, true); });
    el.addEventListener("mouseleave", function () { light(id, false); });
  });
  document.body.setAttribute("data-linked", "ready");
})();
