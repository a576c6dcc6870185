// Starts Swagger UI on /api/docs; a file (not inline) so the CSP can forbid inline scripts.
(function () {
  var el = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: el.getAttribute("data-spec"), dom_id: "#swagger-ui", deepLinking: true });
})();
