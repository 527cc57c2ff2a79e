// Starts Swagger UI on /docs from local files (no CDN); kept out of the page so that the
// Content-Security-Policy can forbid inline scripts.
"use strict";
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
